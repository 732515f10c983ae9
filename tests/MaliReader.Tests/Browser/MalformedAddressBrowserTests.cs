using MaliReader.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

/// <summary>
/// An address whose fragment is not valid percent-encoding ("#%E0", mistyped or made to break the page) names nothing:
/// the page raises no script error, and on a phone the account switch still shows one account at a time.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class MalformedAddressBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Story = "/?story=" + TestContent.Story;

    private static ILocator ById(IPage page, string id) => page.Locator($"[id='{id}']");

    /// <summary>Opens the path with the page's script errors collected from the start.</summary>
    private async Task<(IPage Page, List<string> Errors)> OpenWatchingErrorsAsync(string path, int width, int height)
    {
        var page = await OpenAsync("about:blank", width, height);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(path);
        return (page, errors);
    }

    [Theory]
    [InlineData(Story + "#%E0")]
    [InlineData(Story + "#%")]
    [InlineData(Story + "&q=airspace#%ZZ")]
    [InlineData(Story + "&view=aligned#%E0%A4")]
    public async Task AMalformedFragment_OnAPhone_LeavesTheAccountSwitchWorking(string path)
    {
        var (page, errors) = await OpenWatchingErrorsAsync(path, PhoneWidth, PhoneHeight);

        var rt = page.GetByRole(AriaRole.Link, new() { Name = "RT", Exact = true });
        await Expect(rt).ToHaveAttributeAsync("aria-current", "true");
        await Expect(ById(page, TestContent.TranslationSlug + "-4")).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Unattributed translation", Exact = true }).ClickAsync();
        await Expect(ById(page, TestContent.TranslationSlug + "-1")).ToBeVisibleAsync();
        await Expect(ById(page, TestContent.RtSlug + "-1")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(Story, PhoneWidth, PhoneHeight)]
    [InlineData(Story + "&view=aligned", DesktopWidth, DesktopHeight)]
    [InlineData("/p/" + TestContent.RtSlug + "-3", PhoneWidth, PhoneHeight)]
    [InlineData("/search?q=airspace", DesktopWidth, DesktopHeight)]
    public async Task AMalformedFragmentTypedAfterLoading_RaisesNoScriptError(string path, int width, int height)
    {
        var (page, errors) = await OpenWatchingErrorsAsync(path, width, height);

        // Resolves once the page's own listeners (added before this one) have handled the change.
        await page.EvaluateAsync("""
            () => new Promise(handled => {
                window.addEventListener("hashchange", () => setTimeout(handled), { once: true });
                window.location.hash = "%E0";
            })
            """);

        Assert.Empty(errors);
    }
}
