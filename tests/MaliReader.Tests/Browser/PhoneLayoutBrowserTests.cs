using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

/// <summary>
/// On a phone nothing scrolls sideways: a story told by four accounts (whose pairs, six ways, fill the
/// overview strip) with long source names, and every other page, at 390 and 320 px, light and dark.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneLayoutBrowserTests(BrowserFixture browser, PhoneLayoutBrowserTests.App app)
    : BrowserTest(browser), IClassFixture<PhoneLayoutBrowserTests.App>
{
    public const string Story = "warehouse-fires";

    public const string LongNameStory = "ferry-strike";

    public const string LongSource = "TheVeryLongNameOfANewsAgencyWithoutAnySpacesAtAllInItsTitleWhatsoever";

    public static readonly string[] Sources =
        ["Harbour Wire International", "The Harbour Daily Evening Edition", "Harbour Radio Sixty", "Selmora Gazette"];

    /// <summary>The seed story beside a story of four accounts of 32 paragraphs each, every paragraph told by all four.</summary>
    public sealed class App : IDisposable
    {
        private static readonly string[] Goods =
            ["grain", "wheat", "barley", "maize", "rice", "oats", "rye", "sorghum", "millet", "soy"];

        private readonly BrowserFixture.KestrelApp _app;

        public App()
        {
            var content = new TestContent();
            for (var account = 0; account < Sources.Length; account++)
            {
                var paragraphs = Enumerable.Range(1, 32).Select(n =>
                    $"The {Goods[n % Goods.Length]} warehouse on berth {n} at the port of Selmora burned for {n % 7 + account + 2} hours on Tuesday, "
                    + $"and its owners said about {n * 100} tonnes were lost.");
                content.Write($"fire-{account + 1}.md", TestContent.Article($"Account {account + 1} of the fires", Sources[account], Story, [.. paragraphs]));
            }
            // A source named without a space: its label, wider than a phone, is a word that must break. It is the
            // second account, so the first, shown first on a phone, links to it.
            foreach (var (file, source) in new[] { ("long-1.md", "Selmora Gazette"), ("long-2.md", LongSource) })
            {
                content.Write(file, TestContent.Article("The ferry strike", source, LongNameStory,
                    "Ferry crews at the port of Selmora stopped work on Monday to demand new safety rules at every berth.",
                    "The harbour master said the ferries would sail again on Thursday if talks with the crews went well."));
            }
            _app = new BrowserFixture.KestrelApp(content);
            BaseUrl = _app.Start();
            // Compared before any page asks, so that no test's time goes on it.
            _ = _app.Services.GetRequiredService<CurrentSnapshot>().Value.Comparison(Story);
        }

        public Uri BaseUrl { get; }

        public void Dispose() => _app.Dispose();
    }

    private Task<IPage> OpenOwnAsync(string path, int width, ColorScheme scheme, bool javaScriptEnabled = true) =>
        OpenAsync(path, width, PhoneHeight, javaScriptEnabled, scheme, app: app.BaseUrl);

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");
        Assert.True(scrollWidth <= innerWidth, $"{what} is {scrollWidth}px wide in a {innerWidth}px window: it scrolls sideways");
    }

    [Theory]
    [InlineData("", PhoneWidth, ColorScheme.Light, true)]
    [InlineData("&view=aligned", PhoneWidth, ColorScheme.Dark, true)]
    [InlineData("", 320, ColorScheme.Dark, true)]
    [InlineData("&view=aligned", 320, ColorScheme.Light, false)]
    public async Task FourAccounts_OnAPhone_FitTheScreen_WithEveryAccountAndMarkInSight(string view, int width, ColorScheme scheme, bool javaScript)
    {
        var page = await OpenOwnAsync($"/?story={Story}{view}", width, scheme, javaScript);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(details => details.open = true)");

        await AssertNoSidewaysScrollAsync(page, "The reading room");
        var switchLinks = await page.Locator(".account-switch a").AllAsync();
        Assert.Equal(Sources.Length, switchLinks.Count);
        foreach (var link in switchLinks)
        {
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"The switch to {await link.TextContentAsync()} spans x={box.X}..{box.X + box.Width} on a {width}px screen");
        }
        // Each pair of paragraphs keeps a mark wide enough to see and to aim at.
        var segments = page.Locator(".overview-segment");
        Assert.True(await segments.CountAsync() > 150, "The story should pair its paragraphs six ways");
        var narrowest = await segments.EvaluateAllAsync<double>("marks => Math.min(...marks.map(mark => mark.getBoundingClientRect().width))");
        Assert.True(narrowest >= 4, $"The narrowest overview mark is {narrowest}px wide");
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("", false)]
    [InlineData("&view=aligned", true)]
    public async Task ASourceNamedWithoutSpaces_OnAPhone_BreaksRatherThanWideningThePage(string view, bool javaScript)
    {
        var page = await OpenOwnAsync($"/?story={LongNameStory}{view}", 320, ColorScheme.Light, javaScript);
        await Expect(page.Locator(".counterpart-link", new() { HasText = "Whatsoever" }).First).ToBeAttachedAsync();

        await AssertNoSidewaysScrollAsync(page, "The reading room");
    }

    [Fact]
    public async Task FourAccounts_SwitchingToTheLast_ShowsItsParagraphBelowTheSwitch()
    {
        var page = await OpenOwnAsync($"/?story={Story}", PhoneWidth, ColorScheme.Light);
        var third = page.Locator("[id='fire-1-3']");
        await third.EvaluateAsync("p => window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 160)");

        await page.GetByRole(AriaRole.Link, new() { Name = Sources[3], Exact = true }).ClickAsync();

        var counterpart = page.Locator("[id='fire-4-3']");
        await Expect(counterpart).ToBeInViewportAsync();
        var switcher = (await page.Locator(".account-switch").BoundingBoxAsync())!;
        var box = (await counterpart.BoundingBoxAsync())!;
        Assert.True(box.Y >= switcher.Y + switcher.Height - 1, "The counterpart should not hide under the sticky switch");
        await AssertNoSidewaysScrollAsync(page, "The reading room");
    }

    [Theory]
    [InlineData("/", ColorScheme.Light)]
    [InlineData("/?view=aligned", ColorScheme.Dark)]
    [InlineData("/search?q=france%20airspace", ColorScheme.Light)]
    [InlineData("/search?q=" + "averyveryverylongwordthatnobodywrote", ColorScheme.Dark)]
    [InlineData("/p/" + TestContent.RtSlug + "-3", ColorScheme.Dark)]
    [InlineData("/status", ColorScheme.Light)]
    [InlineData("/no/such/page", ColorScheme.Dark)]
    [InlineData("/?story=a&story=b", ColorScheme.Light)]
    [InlineData("/?story=" + "averyveryverylongstorynamethatnobodywroteandnoarticlehasatallanywhere", ColorScheme.Dark)]
    [InlineData("/p/" + "averyveryverylongslugthatnobodywroteandnoarticlehasatallanywhere-1", ColorScheme.Light)]
    // Hostile searches in scripts written without spaces, echoed back in the page: they must wrap too.
    [InlineData("/search?q=%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA%E6%9B%B8%E7%B0%A1%E3%83%9E%E3%83%AA", ColorScheme.Dark)]
    [InlineData("/search?q=%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1%E0%B8%84%E0%B8%93%E0%B8%B0%E0%B8%A1%E0%B8%99%E0%B8%95%E0%B8%A3%E0%B8%B5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1%E0%B8%84%E0%B8%93%E0%B8%B0%E0%B8%A1%E0%B8%99%E0%B8%95%E0%B8%A3%E0%B8%B5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1", ColorScheme.Light)]
    [InlineData("/search?q=%E6%9B%B8%E2%80%8B%E7%B0%A1%EF%BC%A1%EF%BC%A2%EF%BC%A3%EF%BC%A4%EF%BC%A5%EF%BC%A6%EF%BC%A7%EF%BC%A8%EF%BC%A9%EF%BC%AA%EF%BC%AB%EF%BC%AC%EF%BC%AD%EF%BC%AE%EF%BC%AF%EF%BC%B0%EF%BC%B1%EF%BC%B2%EF%BC%B3%EF%BC%B4%EF%BC%B5%EF%BC%B6%EF%BC%B7%EF%BC%B8%EF%BC%B9%EF%BC%BA", ColorScheme.Dark)]
    public async Task EveryPage_At320Pixels_DoesNotScrollSideways(string path, ColorScheme scheme)
    {
        var page = await OpenAsync(path, 320, 640, colorScheme: scheme);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(details => details.open = true)");

        await AssertNoSidewaysScrollAsync(page, path);
    }
}
