using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Permalinks;

public sealed partial class PermalinkPageTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    private IReadOnlyList<Article> Articles => _app.Services.GetRequiredService<CurrentSnapshot>().Value.Articles;

    [Fact]
    public async Task EveryParagraph_ById_ShowsItsTextWithPreviewTagsAndCanonicalLink()
    {
        using var client = _app.CreateClient();
        var paragraphs = Articles.SelectMany(article => article.Paragraphs.Select(paragraph => (article, paragraph))).ToList();
        Assert.True(paragraphs.Count > 10, "the seed articles have more than ten paragraphs");

        foreach (var (article, paragraph) in paragraphs)
        {
            using var response = await client.GetAsync($"/p/{paragraph.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await MaliReaderApp.ParseAsync(response);

            var citation = $"{article.CitationLabel} ¶{paragraph.N}";
            Assert.Equal(paragraph.Text, page.QuerySelector(".permalink-quote")!.TextContent.Trim());
            Assert.StartsWith(citation, page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.StartsWith(citation, page.Title, StringComparison.Ordinal);

            var canonical = $"http://localhost/p/{paragraph.Slug}/{paragraph.Fingerprint}";
            Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(canonical, Meta(page, "property", "og:url"));
            Assert.Equal("article", Meta(page, "property", "og:type"));
            Assert.Equal("summary", Meta(page, "name", "twitter:card"));
            Assert.Contains(citation, Meta(page, "property", "og:title"), StringComparison.Ordinal);
            Assert.Contains(article.Title, Meta(page, "property", "og:title"), StringComparison.Ordinal);

            var description = Meta(page, "property", "og:description");
            AssertIsPreviewOf(paragraph.Text, description);
            Assert.Equal(description, Meta(page, "name", "description"));

            // The article follows, with exactly this paragraph marked as the target.
            var targets = page.QuerySelectorAll(".permalink-context .paragraph.is-target");
            Assert.Equal(paragraph.Id, Assert.Single(targets).Id);
            Assert.NotNull(page.QuerySelector($"a[href='#{paragraph.Id}']"));
        }
    }

    [Fact]
    public async Task FingerprintLink_InCapitals_ShowsTheSameParagraph_WithTheLowerCaseLinkAsCanonical()
    {
        var paragraph = Articles[0].Paragraphs[2];
        using var client = _app.CreateClient();

        using var response = await client.GetAsync($"/p/{paragraph.Slug}/{paragraph.Fingerprint.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Equal(paragraph.Text, page.QuerySelector(".permalink-quote")!.TextContent.Trim());
        Assert.Equal($"http://localhost/p/{paragraph.Slug}/{paragraph.Fingerprint}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryParagraphLink_InTheReadingRoom_IsItsCitationAndLeadsToItsText()
    {
        var room = await _app.GetDocumentAsync("/");
        var paragraphs = room.QuerySelectorAll("p.paragraph");
        Assert.True(paragraphs.Length > 10);
        using var client = _app.CreateClient();

        foreach (var paragraph in paragraphs)
        {
            var link = paragraph.QuerySelector("a.paragraph-link")!;
            var source = paragraph.Closest("article")!.QuerySelector(".source-label")!.TextContent.Trim();
            var n = paragraph.GetAttribute("data-n");
            Assert.Equal($"{source.Split(" (")[0]} ¶{n}", link.TextContent.Trim());
            Assert.Equal($"Link to this paragraph ({source}, paragraph {n})", link.GetAttribute("title"));
            var href = link.GetAttribute("href")!;
            Assert.Matches(StableLink(), href);

            using var response = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await MaliReaderApp.ParseAsync(response);
            var text = paragraph.TextContent.Replace(link.TextContent, "", StringComparison.Ordinal).Trim();
            Assert.Equal(text, page.QuerySelector(".permalink-quote")!.TextContent.Trim());
            Assert.Equal(paragraph.Id, page.QuerySelector(".paragraph.is-target")!.Id);
        }
    }

    [Theory]
    [InlineData("/p/mali-france-rt-999")]
    [InlineData("/p/mali-france-rt-0")]
    [InlineData("/p/no-such-article-1")]
    [InlineData("/p/no-such-article/0123456789ab")]
    [InlineData("/p/mali-france-rt/0123456789ab")]
    [InlineData("/p/mali-france-rt/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/p/%01%7F%1B")]
    [InlineData("/p/mali-france-rt/%0D%0ALocation:%20x")]
    [InlineData("/p/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/p/%E2%80%AE")]
    [InlineData("/p/mali-france-rt/%F0%9F%98%80")]
    [InlineData("/p/%C0%AF")]
    [InlineData("/p/'%3B%20DROP%20TABLE%20paragraphs%3B--")]
    public async Task UnknownParagraph_Is404PageThatLinksToTheReadingRoom(string url)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Equal("This paragraph does not exist", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task VeryLongParagraphAddress_Is404Page()
    {
        using var client = _app.CreateClient();
        using var byId = await client.GetAsync("/p/" + new string('x', 10_000));
        using var byFingerprint = await client.GetAsync("/p/mali-france-rt/" + new string('f', 10_000));

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byFingerprint.StatusCode);
    }

    private static string Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content")
            ?? throw new Xunit.Sdk.XunitException($"no <meta {attribute}=\"{name}\">");

    /// <summary>The whole text, or its start cut between words, ending with "…", at most about 300 characters.</summary>
    private static void AssertIsPreviewOf(string text, string preview)
    {
        if (text.Length <= 300)
        {
            Assert.Equal(text, preview);
            return;
        }
        Assert.EndsWith("…", preview, StringComparison.Ordinal);
        Assert.InRange(preview.Length, 150, 301);
        var kept = preview[..^1];
        Assert.StartsWith(kept, text, StringComparison.Ordinal);
        Assert.False(char.IsLetterOrDigit(text[kept.Length]) && char.IsLetterOrDigit(text[kept.Length - 1]),
            $"the preview cuts a word in two: {preview}");
    }

    [GeneratedRegex("^/p/[a-z0-9-]+/[0-9a-f]{12}$")]
    private static partial Regex StableLink();
}
