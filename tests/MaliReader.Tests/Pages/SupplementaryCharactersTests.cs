using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>
/// Characters beyond the Basic Multilingual Plane (an emoji, a flag, Adlam letters, a CJK Extension B ideograph,
/// mathematical letters: each two UTF-16 units) reach the reader as the characters themselves on every page and in
/// the search API's snippet, which is HTML: a reader never sees a character reference such as "&amp;#x1F600;" as text.
/// Documents are read as a browser reads them (AngleSharp decodes references in text and attributes).
/// </summary>
public sealed class SupplementaryCharactersTests : IClassFixture<SupplementaryCharactersTests.App>
{
    private const string Story = "astral";
    private const string Title = "Timbuktu cheers 😀 𠮷田";
    private const string Source = "𝐀𝐁𝐂 News";
    private const string Plain = "The crowd in Timbuktu cheered 😀 and the flag 🇲🇱 was raised by 𠮷田 beside the Adlam word 𞤀𞤣𞤤𞤢𞤥 and 𝐀𝐁𝐂 in bold.";
    private const string Markdown = "Markdown *emphasis 😀* and `code 𠮷` in Timbuktu.";
    private const string MarkdownShown = "Markdown emphasis 😀 and code 𠮷 in Timbuktu.";

    private static readonly HtmlParser Parser = new();

    private readonly MaliReaderApp _app;

    public SupplementaryCharactersTests(App app) => _app = app.Factory;

    public sealed class App : IDisposable
    {
        public App()
        {
            Content = new TestContent(withSeedArticles: false);
            Content.Write("astral.md", TestContent.Article(Title, Source, Story, Plain, Markdown));
            Factory = new MaliReaderApp(Content);
        }

        public TestContent Content { get; }

        public MaliReaderApp Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Content.Dispose();
        }
    }

    [Fact]
    public async Task SearchPage_ShowsTheCharactersInTheSnippetAndTheArticleHeading()
    {
        var page = await _app.GetDocumentAsync("/search?q=timbuktu");

        Assert.Equal(Plain, page.QuerySelector($".search-hit[data-paragraph-id='{Story}-1'] .search-snippet")!.TextContent);
        Assert.Equal(MarkdownShown, page.QuerySelector($".search-hit[data-paragraph-id='{Story}-2'] .search-snippet")!.TextContent);
        Assert.Equal(Title, page.QuerySelector(".search-article")!.TextContent.Trim());
        Assert.Equal(Source, page.QuerySelector(".source-label")!.TextContent.Trim());
    }

    [Fact]
    public async Task SearchApi_SnippetReadAsHtml_ShowsTheCharacters()
    {
        using var client = _app.CreateClient();

        var result = await client.GetFromJsonAsync<ApiResult>("/api/search?q=timbuktu");

        var plain = result!.Hits.Single(hit => hit.ParagraphId == $"{Story}-1");
        Assert.Equal(Plain, plain.Text);
        Assert.Equal(Plain, Shown(plain.Snippet));
        Assert.Equal(MarkdownShown, Shown(result.Hits.Single(hit => hit.ParagraphId == $"{Story}-2").Snippet));
    }

    [Fact]
    public async Task ReadingRoom_ShowsTheCharactersInParagraphsAndHeadings()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}");

        Assert.EndsWith(Plain, page.QuerySelector($"#{Story}-1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith(MarkdownShown, page.QuerySelector($"#{Story}-2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("emphasis 😀", page.QuerySelector($"#{Story}-2 em")!.TextContent);
        Assert.Equal(Title, page.QuerySelector($"#{Story}-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task ParagraphPage_ShowsTheCharactersInItsTitleQuoteAndPreviewTags()
    {
        var page = await _app.GetDocumentAsync($"/p/{Story}-1");

        Assert.Contains(Title, page.Title, StringComparison.Ordinal);
        Assert.Contains(Source, page.Title, StringComparison.Ordinal);
        Assert.Equal(Plain, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Contains(Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("blockquote p"), quote => quote.TextContent.Trim() == Plain);
    }

    [Fact]
    public async Task SearchPage_EchoesAQueryOfSuchCharactersAsTyped()
    {
        const string query = "😀 𠮷田 𞤀𞤣𞤤𞤢𞤥";

        var page = await _app.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(query, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#site-search")!).Value);
        Assert.StartsWith($"Search: {query}", page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=timbuktu")]
    [InlineData("/?story=astral")]
    [InlineData("/p/astral-1")]
    [InlineData("/api/search?q=timbuktu")]
    public async Task NoPage_EncodesACharacterTwice(string url)
    {
        using var client = _app.CreateClient();

        var body = await client.GetStringAsync(url);

        Assert.DoesNotContain("&amp;#", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// Written as themselves, not as references (&amp;#x1F600;, which a browser shows as the character too, in two to three
    /// times the bytes), as text in the other scripts of the Basic Multilingual Plane is (<see cref="OtherScriptsTests"/>).
    /// </summary>
    [Theory]
    [InlineData("/search?q=timbuktu")]
    [InlineData("/?story=astral")]
    [InlineData("/p/astral-1")]
    public async Task EveryPage_WritesTheCharactersAsThemselves(string url)
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync(url);

        Assert.All(["cheered 😀 and the flag 🇲🇱 was raised by 𠮷田 beside the Adlam word 𞤀𞤣𞤤𞤢𞤥 and 𝐀𝐁𝐂 in bold.", Title],
            text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.Contains(Source, html, StringComparison.Ordinal);
        Assert.DoesNotMatch("&#x[0-9A-F]{5,6};", html);
    }

    [Fact]
    public async Task SearchApi_WritesTheCharactersInTheSnippetAsThemselves()
    {
        using var client = _app.CreateClient();

        var result = await client.GetFromJsonAsync<ApiResult>("/api/search?q=timbuktu");

        var snippet = result!.Hits.Single(hit => hit.ParagraphId == $"{Story}-1").Snippet;
        Assert.Equal(Plain.Replace("Timbuktu", "<mark>Timbuktu</mark>", StringComparison.Ordinal), snippet);
    }

    /// <summary>The text a browser shows for an HTML fragment.</summary>
    private static string Shown(string html) => Parser.ParseDocument($"<p>{html}</p>").QuerySelector("p")!.TextContent;

    private sealed record ApiResult(IReadOnlyList<ApiHit> Hits);

    private sealed record ApiHit(string ParagraphId, string Text, string Snippet);
}
