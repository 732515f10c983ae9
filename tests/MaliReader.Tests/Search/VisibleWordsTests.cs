using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// The reader searches what they see: a link's address and title, hidden behind its words in a Markdown
/// paragraph, are not searched, marked or suggested; its words, a bare address shown as text, and a saved
/// page's text (never Markdown) are.
/// </summary>
public sealed class VisibleWordsTests(VisibleWordsTests.App app) : IClassFixture<VisibleWordsTests.App>
{
    public sealed class App : IDisposable
    {
        public const string Story = "letters";

        public App()
        {
            Content.Write("letters.md", TestContent.Article("Letters", "Example Wire", Story,
                "The minister sent [the letter](https://example.org/zanzibar-memo.pdf \"quagga annex\") to the council on Monday.",
                "The reply is online at https://example.org/okapi-reply for anyone to read.",
                "A note on the quokka survey, which the letter cites.",
                // A paragraph longer than a snippet, whose window around its last word would begin inside the link's words.
                "Intro " + Filler(12) + " [the full minutes of the council's emergency session](https://example.org/minutes) " + Filler(58) + " wombat."));
            Content.Write("letters-daily.md", TestContent.Article("Letters", "Example Daily", Story,
                "The minister sent [the letter](https://example.org/zanzibar-memo.pdf) to the council on Monday about the harbour blockade.",
                "Dockers stopped work at noon."));
            Content.Write("letters-post.md", TestContent.Article("Letters", "Example Post", Story,
                "On Monday the minister sent the letter to the council about the harbour blockade.",
                "Dockers stopped work at noon."));
            Factory = new MaliReaderApp(Content);
        }

        public TestContent Content { get; } = new(withSeedArticles: false);

        private static string Filler(int words) => string.Join(' ', Enumerable.Repeat("filler", words));

        public MaliReaderApp Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Content.Dispose();
        }
    }

    private readonly MaliReaderApp _app = app.Factory;

    public static TheoryData<string, bool, string[]> Words => new()
    {
        { "Sent [the letter](https://example.org/zanzibar) today.", true, ["sent", "the", "letter", "today"] },
        { "Sent [the letter](https://example.org/zanzibar \"quagga annex\") today.", true, ["sent", "the", "letter", "today"] },
        { "An image ![the harbour map](https://example.org/map.png) here.", true, ["an", "image", "the", "harbour", "map", "here"] },
        // Shown as text, so searched: a bare address, a link with no words of its own, a scheme never made a link.
        { "At https://example.org/okapi now.", true, ["at", "https", "example.org", "okapi", "now"] },
        { "At [](https://example.org/okapi) now.", true, ["at", "https", "example.org", "okapi", "now"] },
        { "A [trick](javascript:zebu) stays.", true, ["a", "trick", "javascript", "zebu", "stays"] },
        // Not Markdown (a saved page's text): every character is text.
        { "Sent [the letter](https://example.org/zanzibar) today.", false, ["sent", "the", "letter", "https", "example.org", "zanzibar", "today"] },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Visible_KeepsTheWordsAReaderSees(string text, bool inlineMarkup, string[] expected)
    {
        var forms = SearchTokens.Visible(text, inlineMarkup).Select(token => token.Form).ToList();

        Assert.Equal(SearchTokens.Of(string.Join(' ', expected)).Select(token => token.Form), forms);
    }

    [Theory]
    [InlineData("zanzibar")]
    [InlineData("quagga")]
    [InlineData("\"zanzibar memo\"")]
    [InlineData("memo*")]
    public async Task AWordOfAHiddenAddressOrTitle_FindsNothing_OnTheApiThePageAndInTheReadingRoom(string query)
    {
        using var client = _app.CreateClient();
        var api = (await client.GetFromJsonAsync<ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}"))!;
        var page = await _app.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");
        var room = await _app.GetDocumentAsync($"/?story={App.Story}&q={Uri.EscapeDataString(query)}");

        Assert.Empty(api.Hits);
        Assert.Empty(page.QuerySelectorAll(".search-hit"));
        Assert.Empty(room.QuerySelectorAll("p.paragraph mark"));
    }

    [Fact]
    public async Task TheLinksWords_AreFoundAndMarkedInsideTheLink_WhereverTheyAreShown()
    {
        using var client = _app.CreateClient();
        var api = (await client.GetFromJsonAsync<ApiResult>("/api/search?q=letter"))!;
        var page = await _app.GetDocumentAsync("/search?q=letter");
        var room = await _app.GetDocumentAsync($"/?story={App.Story}&q=letter");

        Assert.Contains(api.Hits, hit => hit.ParagraphId == "letters-1");
        var snippet = page.QuerySelector("[data-paragraph-id='letters-1'] .search-snippet")!;
        var link = snippet.QuerySelector("a.content-link")!;
        Assert.Equal("https://example.org/zanzibar-memo.pdf", link.GetAttribute("href"));
        Assert.Equal("letter", link.QuerySelector("mark")!.TextContent);
        Assert.DoesNotContain("zanzibar", snippet.TextContent, StringComparison.Ordinal);
        Assert.Equal("letter", room.QuerySelector("#letters-1 a.content-link mark")!.TextContent);
    }

    [Fact]
    public async Task ABareAddress_IsShownAsText_AndSoFound()
    {
        var page = await _app.GetDocumentAsync("/search?q=okapi");

        Assert.Contains("okapi", page.QuerySelector("[data-paragraph-id='letters-2'] .search-snippet mark")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quoka", "quokka")]
    [InlineData("zanzibr", null)]
    [InlineData("quaga", null)]
    public async Task DidYouMean_OffersOnlyWordsAReaderSees(string query, string? suggestion)
    {
        using var client = _app.CreateClient();
        var api = (await client.GetFromJsonAsync<ApiResult>($"/api/search?q={query}"))!;

        Assert.Equal(suggestion, api.Suggestion);
    }

    [Fact]
    public async Task ASnippetCutNearALink_TakesTheLinkInWhole_NeverItsMarkup()
    {
        var page = await _app.GetDocumentAsync("/search?q=wombat");

        var snippet = page.QuerySelector("[data-paragraph-id='letters-4'] .search-snippet")!;
        Assert.Equal("wombat", snippet.QuerySelector("mark")!.TextContent);
        Assert.StartsWith("…", snippet.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("https://example.org/minutes", snippet.QuerySelector("a.content-link")!.GetAttribute("href"));
        Assert.DoesNotContain("](", snippet.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACounterpartOnTheSearchPage_IsShownAsTheReadingRoomShowsIt()
    {
        var page = await _app.GetDocumentAsync("/search?q=blockade");

        var counterpart = page.QuerySelector("[data-paragraph-id='letters-post-1'] .search-counterpart")!;
        Assert.Equal("https://example.org/zanzibar-memo.pdf", counterpart.QuerySelector("p a.content-link")!.GetAttribute("href"));
        Assert.DoesNotContain("zanzibar", counterpart.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    private sealed record ApiResult(IReadOnlyList<ApiHit> Hits, string? Suggestion);

    private sealed record ApiHit(string ParagraphId, string Snippet);
}
