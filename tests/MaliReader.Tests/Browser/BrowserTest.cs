using Microsoft.Playwright;

namespace MaliReader.Tests.Browser;

/// <summary>Base for browser tests: every page a test opens is closed when that test ends.</summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 900;
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    private readonly List<IPage> _pages = [];

    protected BrowserFixture Browser { get; } = browser;

    /// <summary>Opens a path of the app (e.g. "/?story=x") in a new page and waits for it to load.</summary>
    /// <param name="app">The address of a test's own app; the fixture's app when null.</param>
    protected async Task<IPage> OpenAsync(
        string path,
        int width = DesktopWidth,
        int height = DesktopHeight,
        bool javaScriptEnabled = true,
        ColorScheme colorScheme = ColorScheme.Light,
        IEnumerable<string>? permissions = null,
        Uri? app = null)
    {
        var page = await Browser.NewPageAsync(width, height, javaScriptEnabled, colorScheme, permissions);
        _pages.Add(page);
        await page.GotoAsync(app is null ? path : new Uri(app, path).ToString());
        return page;
    }

    /// <summary>The element's computed background colour, e.g. "rgba(0, 0, 0, 0)" where it has none.</summary>
    protected static Task<string> BackgroundAsync(ILocator element) =>
        element.EvaluateAsync<string>("element => getComputedStyle(element).backgroundColor");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.CloseAsync();
        }
    }
}
