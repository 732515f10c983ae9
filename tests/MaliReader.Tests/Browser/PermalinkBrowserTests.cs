using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Permalinks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

[Collection(BrowserSuite.Name)]
public sealed class PermalinkBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly string[] Clipboard = ["clipboard-read", "clipboard-write"];

    [Fact]
    public async Task ParagraphLink_CopiesTheStableLink_AndAnnouncesIt_AndThatLinkOpensTheParagraph()
    {
        var (article, paragraph) = Find(Paragraph.MakeId(TestContent.RtSlug, 4));
        var page = await OpenAsync("/", permissions: Clipboard);
        var shown = page.Locator($"[id='{paragraph.Id}']");
        var link = shown.Locator("a.paragraph-link");

        await shown.HoverAsync();
        await Expect(link).ToHaveCSSAsync("opacity", "1");
        await link.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(Browser.BaseUrl, PermalinkResolver.PathFor(paragraph)).ToString(), copied);
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);

        var opened = await OpenAsync(copied);

        await AssertShowsParagraphPageAsync(opened, article, paragraph);
    }

    [Theory]
    [InlineData("mali-france-rt-3")]
    [InlineData("mali-france-translation-10")]
    public async Task ParagraphPage_ById_OpensAtItsParagraph_HighlightedInContext(string id)
    {
        var (article, paragraph) = Find(id);

        var page = await OpenAsync($"/p/{id}");

        await AssertShowsParagraphPageAsync(page, article, paragraph);
    }

    [Fact]
    public async Task ParagraphPage_WithoutJavaScript_QuotesItsParagraphInView_AndLinksDownToItInContext()
    {
        var (article, paragraph) = Find(Paragraph.MakeId(TestContent.TranslationSlug, 10));

        var page = await OpenAsync($"/p/{paragraph.Id}", javaScriptEnabled: false);

        await Expect(page.Locator("main h1")).ToContainTextAsync($"{article.CitationLabel} ¶{paragraph.N}");
        var quote = page.Locator(".permalink-quote");
        await Expect(quote).ToHaveTextAsync(paragraph.Text);
        await Expect(quote).ToBeInViewportAsync();
        var target = page.Locator(".permalink-context p.paragraph.is-target");
        await Expect(target).Not.ToBeInViewportAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Read it in context below" }).ClickAsync();

        await Expect(target).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.Equal($"#{paragraph.Id}", new Uri(page.Url).Fragment);
    }

    /// <summary>
    /// The paragraph page names its paragraph, opens scrolled to it in the article below, and gives it,
    /// and it alone, a highlight of its own.
    /// </summary>
    private static async Task AssertShowsParagraphPageAsync(IPage page, Article article, Paragraph paragraph)
    {
        await Expect(page.Locator("main h1")).ToContainTextAsync($"{article.CitationLabel} ¶{paragraph.N}");
        await Expect(page.Locator(".permalink-quote")).ToHaveTextAsync(paragraph.Text);

        var target = page.Locator(".permalink-context p.paragraph.is-target");
        await Expect(target).ToHaveCountAsync(1);
        await Expect(target).ToHaveIdAsync(paragraph.Id);
        await Expect(target).ToBeInViewportAsync(new() { Ratio = 1 });
        var highlight = await BackgroundAsync(target);
        Assert.True(highlight != "rgba(0, 0, 0, 0)", $"{paragraph.Id} should have a background of its own in the article");
        var others = page.Locator(".permalink-context p.paragraph:not(.is-target)");
        await Expect(others).ToHaveCountAsync(article.Paragraphs.Count - 1);
        foreach (var other in await others.AllAsync())
        {
            Assert.NotEqual(highlight, await BackgroundAsync(other));
        }
    }

    private (Article Article, Paragraph Paragraph) Find(string id) =>
        Browser.Snapshot.Paragraph(id) ?? throw new InvalidOperationException($"The seed content has no paragraph {id}");
}
