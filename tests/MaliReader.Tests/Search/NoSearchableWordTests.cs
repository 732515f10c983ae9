using System.Net;
using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// A query that holds no word to look for, whatever it is made of (invisible characters, punctuation, a lone combining
/// accent, control characters, or a mix of them with spaces), is told so, on the page and by the API alike: 200, no hits,
/// and the message that punctuation alone has always had. Only a query of nothing but spaces invites a search instead.
/// </summary>
public sealed class NoSearchableWordTests(SeedApp app) : IClassFixture<SeedApp>
{
    private const string NothingToSearchFor = "There is nothing to search for: type a word of letters or digits.";

    private readonly MaliReaderApp _app = app.Factory;

    /// <summary>Characters that show nothing (Unicode's Default_Ignorable_Code_Point), alone or with spaces.</summary>
    public static TheoryData<string> Invisible => new(
        "\u200B", // zero-width space
        "\u2060", // word joiner
        "\u00AD", // soft hyphen
        "\uFEFF", // byte order mark
        "\u200E\u200F", // direction marks
        "\u200B \u00AD\u2060 ", // a mix with spaces
        "\u3164", // Hangul filler, a letter by its category
        "\uFE0F"); // variation selector, a mark by its category

    /// <summary>Every other query with no word of letters or digits.</summary>
    public static TheoryData<string> OtherwiseWordless => new(
        "!!!", // punctuation
        "?! … —",
        "\u0301", // a lone combining accent
        " \u0308\u0301 ", // marks after a space
        "\u0001", // controls
        "\0\u007F",
        "\u0001 \u200B ?"); // all of them together

    [Theory]
    [MemberData(nameof(Invisible))]
    public async Task SearchPage_InvisibleCharactersOnly_SaysThereIsNothingToSearchFor(string query) =>
        await AssertPageSaysNothingToSearchFor(query);

    [Theory]
    [MemberData(nameof(Invisible))]
    public async Task SearchApi_InvisibleCharactersOnly_SaysThereIsNothingToSearchFor(string query) =>
        await AssertApiSaysNothingToSearchFor(query);

    [Theory]
    [MemberData(nameof(OtherwiseWordless))]
    public async Task SearchPage_PunctuationMarksOrControlsOnly_SaysThereIsNothingToSearchFor(string query) =>
        await AssertPageSaysNothingToSearchFor(query);

    [Theory]
    [MemberData(nameof(OtherwiseWordless))]
    public async Task SearchApi_PunctuationMarksOrControlsOnly_SaysThereIsNothingToSearchFor(string query) =>
        await AssertApiSaysNothingToSearchFor(query);

    [Theory]
    [InlineData("\u200B")]
    [InlineData("!!!")]
    [InlineData("\u0301")]
    [InlineData("\u0001")]
    public void Parse_NoSearchableWord_HasNothingToFindAndSaysSo(string raw)
    {
        var query = SearchQuery.Parse(raw);

        Assert.False(query.HasSomethingToFind);
        Assert.Equal(NothingToSearchFor, query.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20")]
    [InlineData("%09%0A%C2%A0%E3%80%80")] // tab, line feed, no-break space, ideographic space
    public async Task BlankQuery_InvitesASearch_WithNoMessage(string encoded)
    {
        using var client = _app.CreateClient();

        using var page = await client.GetAsync($"/search?q={encoded}");
        var document = await MaliReaderApp.ParseAsync(page);
        var result = await client.GetFromJsonAsync<ApiResult>($"/api/search?q={encoded}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(document.QuerySelector(".search-empty"));
        Assert.Null(document.QuerySelector(".search-message"));
        Assert.Null(result!.Message);
        Assert.Empty(result.Hits);
    }

    private async Task AssertPageSaysNothingToSearchFor(string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var page = await MaliReaderApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NothingToSearchFor, page.QuerySelector(".search-message")?.TextContent.Trim());
        // Nothing was searched: no invitation as for a blank box, no "No paragraph matches" for a query that asked nothing.
        Assert.Empty(page.QuerySelectorAll(".search-empty, .search-hit"));
    }

    private async Task AssertApiSaysNothingToSearchFor(string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ApiResult>();
        Assert.Equal(NothingToSearchFor, result!.Message);
        Assert.Empty(result.Hits);
        Assert.Null(result.Suggestion);
    }

    private sealed record ApiResult(string Query, IReadOnlyList<object> Hits, string? Suggestion, string? Message, int Total);
}
