using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MaliReader.Tests.Browser;

/// <summary>
/// Every link and button of every page is one a finger can hit, on a phone (320 and 390 px) and at a desk
/// (1280 px): 24 px or spaced so that a 24 px circle on it touches no other target (WCAG 2.2, 2.5.8, as axe-core
/// checks it), and no page scrolls sideways. The content has what makes targets crowd: a story of four accounts
/// whose pairs fill the overview strip with marks, a list of thirty stories, a file that could not be read.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TouchTargetBrowserTests(BrowserFixture browser, TouchTargetBrowserTests.App app)
    : BrowserTest(browser), IClassFixture<TouchTargetBrowserTests.App>
{
    public const string CrowdedStory = "dock-fires";

    public const int Stories = 30;

    /// <summary>An article whose paragraph is dense with links, so that on a phone links stand on neighbouring lines.</summary>
    public const string LinkedSlug = "quay-notice";

    public sealed class App : IDisposable
    {
        private readonly BrowserFixture.KestrelApp _app;

        public App()
        {
            var content = new TestContent();
            for (var account = 1; account <= 4; account++)
            {
                var paragraphs = Enumerable.Range(1, 16).Select(n =>
                    $"The shed on dock {n} burned for {n % 5 + account} hours on Sunday, and about {n * 40} crates were lost, the port said.");
                content.Write($"dock-{account}.md", TestContent.Article($"Account {account} of the dock fires", $"Port Radio {account}", CrowdedStory, [.. paragraphs]));
            }
            for (var story = 1; story <= Stories; story++)
            {
                content.Write($"short-{story}.md", TestContent.Article($"Harbour closed, number {story}", $"Coast Wire {story}", $"harbour-{story}",
                    $"The harbour of town {story} closed on Monday after a storm, officials said.", "Ships waited outside for two days."));
            }
            content.Write("an-article-saved-from-a-web-page-whose-name-runs-on-and-on-without-end.md", "no front matter at all");
            content.Write($"{LinkedSlug}.md", TestContent.Article("Quay reopens", "Harbour Notices", "quay-notice",
                "The [port authority](https://example.org/port) said the [fire service](https://example.org/fire), the "
                + "[harbour police](https://example.org/police) and the [coast guard](https://example.org/coast) stayed on the "
                + "[north quay](https://example.org/quay) until [Monday](https://example.org/monday), and that [ferries](https://example.org/ferries) "
                + "would sail again from [Tuesday](https://example.org/tuesday).",
                "Crews cleared the wreckage overnight."));
            _app = new BrowserFixture.KestrelApp(content);
            BaseUrl = _app.Start();
            _ = _app.Services.GetRequiredService<CurrentSnapshot>().Value.Comparison(CrowdedStory);
        }

        public Uri BaseUrl { get; }

        public void Dispose() => _app.Dispose();
    }

    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "Browser", "axe", "axe.min.js");

    public static TheoryData<string, int> Pages()
    {
        string[] paths =
        [
            "/", "/?story=" + TestContent.Story, "/?story=" + TestContent.Story + "&view=aligned",
            "/?story=" + CrowdedStory, "/?story=" + CrowdedStory + "&view=aligned", "/?story=harbour-7",
            "/p/" + TestContent.RtSlug + "-3", "/search?q=France", "/search?q=harbour", "/search?q=zeppelin",
            "/status", "/no/such/page",
        ];
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 320, PhoneWidth, DesktopWidth })
        {
            foreach (var path in paths)
            {
                data.Add(path, width);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryTarget_IsOneAFingerCanHit_AndNothingScrollsSideways(string path, int width)
    {
        var page = await OpenAsync(path, width, width < DesktopWidth ? PhoneHeight : DesktopHeight, app: app.BaseUrl);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(details => details.open = true)");

        var crowded = await CrowdedTargetsAsync(page);

        Assert.True(crowded.Count == 0, $"{path} at {width}px has {crowded.Count} target(s) too small and too close to another: {string.Join(", ", crowded.Take(5))}");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{path} is {scrollWidth}px wide in a {width}px window: it scrolls sideways");
    }

    [Fact]
    public async Task ThirtyStories_OnAPhone_AreEachListedAsALink()
    {
        var page = await OpenAsync("/", 320, PhoneHeight, app: app.BaseUrl);

        var stories = await page.Locator("main a[href*='story=harbour-']").CountAsync();

        Assert.Equal(Stories, stories);
    }

    public static TheoryData<string, int> ParagraphPages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 320, PhoneWidth, DesktopWidth })
        {
            data.Add("/p/" + TestContent.RtSlug + "-3", width);
            data.Add("/p/" + LinkedSlug + "-1", width);
        }
        return data;
    }

    // axe-core leaves out links inside a sentence, which WCAG excuses; on a phone they are what a reader taps, a line apart.
    [Theory]
    [MemberData(nameof(ParagraphPages))]
    public async Task LinksInTheParagraphPagesText_AreEach24PxTall_AndOverlapNoOther(string path, int width)
    {
        var page = await OpenAsync(path, width, width < DesktopWidth ? PhoneHeight : DesktopHeight, app: app.BaseUrl);

        // Each line a link takes is a box of its own: a link broken over two lines is two targets.
        var json = await page.EvaluateAsync<string>("""
            () => {
                const links = [...document.querySelectorAll('main p a, main blockquote a')]
                    .filter(a => getComputedStyle(a).display === 'inline' && getComputedStyle(a).opacity !== '0');
                const boxes = links.flatMap((a, i) => [...a.getClientRects()].filter(r => r.width > 0).map(r => ({ i, r, text: a.textContent.trim() })));
                const overlap = (p, q) => p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
                return JSON.stringify({
                    between: new Set(boxes.map(b => Math.round(b.r.top))).size,
                    short: boxes.filter(b => b.r.height < 24).map(b => `${b.text} (${b.r.height.toFixed(1)} px)`),
                    overlapping: boxes.flatMap(b => boxes.filter(o => o.i > b.i && overlap(b.r, o.r)).map(o => `${b.text} / ${o.text}`)),
                });
            }
            """);
        var links = JsonSerializer.Deserialize<InlineLinks>(json, WebJson)!;

        // The page has links on lines of their own to look at: the source line, and the paragraph's own links.
        Assert.True(links.Between >= 2, $"{path} at {width}px shows inline links on {links.Between} line(s) only");
        Assert.True(links.Short.Count == 0, $"{path} at {width}px has inline links under 24 px tall: {string.Join(", ", links.Short.Take(5))}");
        Assert.True(links.Overlapping.Count == 0, $"{path} at {width}px has inline links overlapping: {string.Join(", ", links.Overlapping.Take(5))}");
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private sealed record InlineLinks(int Between, List<string> Short, List<string> Overlapping);

    // axe-core's target-size rule, evaluated through the debugging protocol (the site's CSP refuses a script tag).
    private static async Task<List<string>> CrowdedTargetsAsync(IPage page)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] } }))
                .violations.flatMap(violation => violation.nodes.map(node => node.target.join(' '))))
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}
