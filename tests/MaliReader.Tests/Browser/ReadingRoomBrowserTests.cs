using System.Text.RegularExpressions;
using System.Web;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

[Collection(BrowserSuite.Name)]
public sealed class ReadingRoomBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly string[] Boilerplate = ["Smm Panel", "You can share this story", "READ MORE"];

    private static string Column(string slug) => $"article.account[aria-labelledby='{slug}-title']";

    [Fact]
    public async Task Desktop_ShowsBothArticlesSideBySide_EachUnderItsSourceLabel()
    {
        var page = await OpenAsync("/", DesktopWidth, DesktopHeight);

        var rt = await ColumnBoxAsync(page, TestContent.RtSlug, "RT");
        var translation = await ColumnBoxAsync(page, TestContent.TranslationSlug, "Unattributed translation (cites Reuters)");

        Assert.True(translation.X >= rt.X + rt.Width, $"The translation column (x={translation.X}) should start right of the RT column (ends at x={rt.X + rt.Width})");
        Assert.True(rt.Y < translation.Y + translation.Height && translation.Y < rt.Y + rt.Height, "The two columns should share the same rows of the page");
    }

    [Fact]
    public async Task Phone_WithoutJavaScript_StacksTheArticles_WithoutHorizontalScrolling()
    {
        // With script, a switch shows one account at a time (ComparisonBrowserTests).
        var page = await OpenAsync("/", PhoneWidth, PhoneHeight, javaScriptEnabled: false);

        var rt = await ColumnBoxAsync(page, TestContent.RtSlug, "RT");
        var translation = await ColumnBoxAsync(page, TestContent.TranslationSlug, "Unattributed translation (cites Reuters)");

        Assert.True(translation.Y >= rt.Y + rt.Height, $"The translation column (y={translation.Y}) should start below the RT column (ends at y={rt.Y + rt.Height})");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");
        Assert.True(scrollWidth <= innerWidth, $"The page is {scrollWidth}px wide in a {innerWidth}px window: it scrolls sideways");
    }

    [Fact]
    public async Task WithoutJavaScript_ShowsEveryParagraph_AndSearchFormSubmitsToSearch()
    {
        var page = await OpenAsync("/", javaScriptEnabled: false);

        var paragraphs = StoryArticles().SelectMany(article => article.Paragraphs).ToList();
        Assert.NotEmpty(paragraphs);
        await Expect(page.Locator("p.paragraph")).ToHaveCountAsync(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var shown = page.Locator($"[id='{paragraph.Id}']");
            await Expect(shown).ToBeVisibleAsync();
            await Expect(shown).ToContainTextAsync(paragraph.Text);
        }

        const string Query = "Diop & France";
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the articles" }).FillAsync(Query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        // The address is polled rather than waited for as an event, which a busy machine can let slip past.
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?"));

        Assert.Equal(Query, HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]);
    }

    [Fact]
    public async Task ParagraphAddress_HighlightsThatParagraph_AndScrollsItIntoView()
    {
        var target = Paragraph.MakeId(TestContent.RtSlug, 3);
        var page = await OpenAsync($"/#{target}");

        var paragraph = page.Locator($"[id='{target}']");
        await Expect(paragraph).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "The page should have scrolled to the paragraph");

        var highlight = await BackgroundAsync(paragraph);
        Assert.True(highlight != "rgba(0, 0, 0, 0)", "The addressed paragraph should have a background of its own");
        foreach (var neighbour in new[] { 2, 4 })
        {
            var background = await BackgroundAsync(page.Locator($"[id='{Paragraph.MakeId(TestContent.RtSlug, neighbour)}']"));
            Assert.True(highlight != background, $"¶3 and ¶{neighbour} both have the background {highlight}: the addressed paragraph does not stand out");
        }
    }

    [Fact]
    public async Task ParagraphLink_IsHiddenUntilReachedWithTheKeyboard_ThenShownInFull()
    {
        var page = await OpenAsync("/");
        // The translation's last paragraph has the longest label, the one most likely to be cut short.
        var paragraph = StoryArticles().Single(article => article.Slug == TestContent.TranslationSlug).Paragraphs[^1];
        var link = page.Locator($"[id='{paragraph.Id}'] a.paragraph-link");
        await Expect(link).ToHaveTextAsync($"Unattributed translation ¶{paragraph.N}");
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(hover: hover)').matches"), "A desktop page should report a pointer that hovers");
        await Expect(link).ToHaveCSSAsync("opacity", "0");

        const int MaxTabs = 80;
        var tabs = 0;
        while (!await link.EvaluateAsync<bool>("link => link === document.activeElement"))
        {
            Assert.True(++tabs <= MaxTabs, $"The link was not reached after {MaxTabs} presses of Tab");
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(link).ToBeInViewportAsync();
        await Expect(link).ToHaveCSSAsync("opacity", "1");
        Assert.NotEqual("none", await link.EvaluateAsync<string>("link => getComputedStyle(link).outlineStyle"));
        Assert.True(await link.EvaluateAsync<bool>("link => link.scrollWidth <= link.clientWidth"), "The focused link's label is cut short");
        // Nothing may cover it: the point at its centre belongs to the link itself.
        Assert.True(
            await link.EvaluateAsync<bool>("""
                link => {
                    const box = link.getBoundingClientRect();
                    return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
                }
                """),
            "Something covers the focused link");
    }

    [Fact]
    public async Task RemovedDisclosure_OpensOnClick_AndBoilerplateShowsNowhereElse()
    {
        var page = await OpenAsync("/");

        var bodyText = await page.Locator("body").InnerTextAsync();
        foreach (var phrase in Boilerplate)
        {
            Assert.DoesNotContain(phrase, bodyText, StringComparison.OrdinalIgnoreCase);
        }

        var withRemovals = StoryArticles().Where(article => article.Removed.Count > 0).ToList();
        Assert.NotEmpty(withRemovals);
        var listed = new List<string>();
        foreach (var article in withRemovals)
        {
            var disclosure = page.Locator($"{Column(article.Slug)} details.removed");
            var fragments = disclosure.Locator("li");
            await Expect(fragments.First).ToBeHiddenAsync();

            await disclosure.Locator("summary").ClickAsync();

            await Expect(disclosure).ToHaveJSPropertyAsync("open", true);
            await Expect(fragments).ToHaveCountAsync(article.Removed.Count);
            for (var i = 0; i < article.Removed.Count; i++)
            {
                await Expect(fragments.Nth(i)).ToBeVisibleAsync();
                await Expect(fragments.Nth(i)).ToContainTextAsync(article.Removed[i].Text);
            }
            listed.AddRange(await fragments.AllInnerTextsAsync());
        }

        foreach (var phrase in Boilerplate)
        {
            Assert.Contains(listed, fragment => fragment.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }
    }

    private IReadOnlyList<Article> StoryArticles() =>
        Browser.Snapshot.Story(TestContent.Story)?.Articles ?? throw new InvalidOperationException("The seed story is missing");

    /// <summary>The column's box, after checking its source label is shown at its top.</summary>
    private static async Task<LocatorBoundingBoxResult> ColumnBoxAsync(IPage page, string slug, string sourceLabel)
    {
        var column = page.Locator(Column(slug));
        var label = column.Locator(".source-label");
        await Expect(column).ToBeVisibleAsync();
        await Expect(label).ToBeVisibleAsync();
        Assert.Equal(sourceLabel, (await label.TextContentAsync())?.Trim());

        var box = await BoxAsync(column);
        var labelBox = await BoxAsync(label);
        var firstParagraph = await BoxAsync(column.Locator("p.paragraph").First);
        Assert.True(labelBox.X >= box.X && labelBox.X + labelBox.Width <= box.X + box.Width, $"The label \"{sourceLabel}\" should sit within its column");
        Assert.True(labelBox.Y + labelBox.Height <= firstParagraph.Y, $"The label \"{sourceLabel}\" should be above its first paragraph");
        return box;
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} has no box: it is not rendered");
}
