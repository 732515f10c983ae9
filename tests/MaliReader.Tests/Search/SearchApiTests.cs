using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Search;

public sealed class SearchApiTests(SeedApp app) : IClassFixture<SeedApp>
{
    private const string Rt = TestContent.RtSlug;
    private const string Tr = TestContent.TranslationSlug;

    private readonly MaliReaderApp _app = app.Factory;

    /// <summary>Queries and every paragraph they must find, read off the two articles by hand.</summary>
    public static TheoryData<string, string[]> Finds => new()
    {
        // Stemming: "coup" finds "Coups", "colony" finds "colonies", "weapon" finds "weapons".
        { "coup", [$"{Rt}-7", $"{Tr}-10"] },
        { "colony", [$"{Rt}-6", $"{Tr}-10"] },
        { "weapon", [$"{Tr}-1", $"{Tr}-3", $"{Tr}-5", $"{Tr}-6", $"{Tr}-7"] },
        // Prefix.
        { "terror*", [$"{Rt}-2", $"{Rt}-3", $"{Tr}-1", $"{Tr}-3", $"{Tr}-5", $"{Tr}-6", $"{Tr}-7"] },
        // Case and diacritics fold; "Malian" is another word.
        { "Malí", [$"{Rt}-2", $"{Rt}-5", $"{Rt}-6", $"{Rt}-7", .. Enumerable.Range(1, 10).Select(n => $"{Tr}-{n}")] },
        { "MALI", [$"{Rt}-2", $"{Rt}-5", $"{Rt}-6", $"{Rt}-7", .. Enumerable.Range(1, 10).Select(n => $"{Tr}-{n}")] },
        // Phrases, stemmed like words; words with punctuation inside are phrases too.
        { "\"security council\"", [$"{Rt}-2", $"{Rt}-5", $"{Tr}-1", $"{Tr}-4", $"{Tr}-7"] },
        { "\"extremist terrorists\"", [$"{Tr}-1", $"{Tr}-3", $"{Tr}-6", $"{Tr}-7"] },
        { "self-defense", [$"{Rt}-1", $"{Rt}-5"] },
        { "\"Burkina Faso\" Niger", [$"{Rt}-6", $"{Rt}-7", $"{Tr}-10"] },
        // Exclusion.
        { "weapons -ammunition", [$"{Tr}-1", $"{Tr}-3", $"{Tr}-6", $"{Tr}-7"] },
        { "\"security council\" -\"head of the UN\"", [$"{Rt}-2", $"{Rt}-5", $"{Tr}-7"] },
        // Several words: any of them.
        { "Timbuktu espionage", [$"{Rt}-4"] },
        { "Bamako Barkhane", [$"{Rt}-6", $"{Tr}-8"] },
        // Nothing removed as boilerplate is searchable.
        { "smm", [] },
        { "Instagram", [] },
        { "share", [] },
        { "\"France ends military mission in former colony\"", [] },
        { "Timbuktoo", [] },
        { "-France", [] },
    };

    [Theory]
    [MemberData(nameof(Finds))]
    public async Task Search_FindsExactlyTheParagraphsHoldingTheWords(string query, string[] expected)
    {
        var result = await SearchAsync(query);

        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Hits.Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, result.Total);
    }

    /// <summary>Several words: the paragraphs holding every meaningful word come first, flagged.</summary>
    public static TheoryData<string, string[], int> RanksByWordsHeld => new()
    {
        { "Diop Timbuktu", [$"{Rt}-4"], 5 },
        { "What did France do in Timbuktu?", [$"{Rt}-4"], 12 },
        { "Who is the foreign minister of Mali?", [$"{Tr}-1", $"{Tr}-4", $"{Tr}-6"], 15 },
        { "airspace violated drones helicopters", [$"{Tr}-4"], 8 },
    };

    [Theory]
    [MemberData(nameof(RanksByWordsHeld))]
    public async Task Search_WithSeveralWords_PutsParagraphsHoldingEveryWordFirst(string query, string[] holdingAll, int total)
    {
        var result = await SearchAsync(query);

        Assert.Equal(total, result.Total);
        Assert.Equal(holdingAll.Length, result.MatchingAll);
        Assert.Equal(holdingAll.Order(StringComparer.Ordinal),
            result.Hits.Take(holdingAll.Length).Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal));
        Assert.All(result.Hits.Take(holdingAll.Length), hit => Assert.True(hit.MatchesAll));
        Assert.All(result.Hits.Skip(holdingAll.Length), hit => Assert.False(hit.MatchesAll));
        Assert.Equal(result.Hits.OrderByDescending(hit => hit.Score).Select(hit => hit.ParagraphId), result.Hits.Select(hit => hit.ParagraphId));
    }

    [Fact]
    public async Task Search_MoreWordsHeld_RanksAboveFewerWhateverTheirBm25()
    {
        var result = await SearchAsync("Wednesday airspace weapons");

        var held = result.Hits.Select(hit => hit.WordsHeld).ToList();
        Assert.Equal(held.OrderDescending(), held);
        Assert.Equal(new[] { $"{Tr}-3" }, result.Hits.Where(hit => hit.WordsHeld == 3).Select(hit => hit.ParagraphId));
    }

    [Fact]
    public async Task Search_StopWords_DoNotDecideTheOrder()
    {
        var withStopWords = await SearchAsync("what are the weapons of the terrorists");
        var without = await SearchAsync("weapons terrorists");

        Assert.Equal(without.Hits.Select(hit => hit.ParagraphId), withStopWords.Hits.Select(hit => hit.ParagraphId));
    }

    [Fact]
    public async Task Search_OnlyStopWords_SearchesThemAnyway()
    {
        var result = await SearchAsync("the of");

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.Matches(@"\b(?i:the|of)\b", hit.Text));
    }

    [Theory]
    [InlineData("Timbuktoo", "Timbuktu")]
    [InlineData("Diopp", "Diop")]
    [InlineData("diopp", "diop")]
    [InlineData("\"Timbuktoo region\"", "\"Timbuktu region\"")]
    public async Task Search_WordInNoArticle_FindsNothingAndSuggestsTheArticlesOwnWord(string query, string suggestion)
    {
        var result = await SearchAsync(query);

        Assert.Empty(result.Hits);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Fact]
    public async Task Search_OneUnknownWordAmongKnownOnes_SuggestsButNeverClaimsTheUnknownWord()
    {
        var result = await SearchAsync("Diopp Timbuktu");

        Assert.Equal("Diop Timbuktu", result.Suggestion);
        var hit = Assert.Single(result.Hits);
        Assert.Equal($"{Rt}-4", hit.ParagraphId);
        Assert.False(hit.MatchesAll);
        Assert.DoesNotContain("<mark>Diop", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coup")]
    [InlineData("weapon")]
    [InlineData("Malí")]
    [InlineData("\"security council\"")]
    public async Task Search_KnownWords_SuggestNothing(string query)
    {
        Assert.Null((await SearchAsync(query)).Suggestion);
    }

    [Fact]
    public async Task Search_ExclusionOnly_ExplainsInsteadOfFailing()
    {
        var result = await SearchAsync("-France");

        Assert.Empty(result.Hits);
        Assert.Contains("-word", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Hit_HasSnippetWithMarkedWordsAndLinkToTheParagraphInTheReadingRoom()
    {
        var result = await SearchAsync("coup");

        var hit = result.Hits.Single(h => h.ParagraphId == $"{Tr}-10");
        Assert.Equal(Tr, hit.Slug);
        Assert.StartsWith("<mark>Coups</mark> in countries such as Mali", hit.Snippet, StringComparison.Ordinal);
        Assert.StartsWith("Coups in countries such as Mali", hit.Text, StringComparison.Ordinal);
        Assert.Equal($"/?story={TestContent.Story}&q=coup#{Tr}-10", hit.Url);
        Assert.Equal("Unattributed translation (cites Reuters)", hit.Source);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task Search_Json_HasExactlyTheContractsNames()
    {
        using var client = _app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=Timbuktoo"));
        var root = document.RootElement;
        Assert.Equal("Timbuktoo", root.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("hits").ValueKind);
        Assert.Equal("Timbuktu", root.GetProperty("suggestion").GetString());

        using var found = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=coup"));
        Assert.Equal(JsonValueKind.Null, found.RootElement.GetProperty("suggestion").ValueKind);
        var hit = found.RootElement.GetProperty("hits")[0];
        foreach (var name in new[] { "slug", "paragraphId", "text", "snippet", "url" })
        {
            Assert.Equal(JsonValueKind.String, hit.GetProperty(name).ValueKind);
        }
        Assert.Equal(JsonValueKind.Number, hit.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.True, hit.GetProperty("matchesAll").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    public async Task Search_NoQuery_Is200WithNoHits(string queryString)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/api/search{queryString}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ApiResult>();
        Assert.Empty(result!.Hits);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public async Task Search_OverTheLengthLimit_Is400ProblemJson()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/api/search?q={new string('a', 501)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("500 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999999")]
    public async Task Search_LimitNotAWholeNumber_Is400ProblemJson(string limit)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/api/search?q=Mali&limit={limit}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // The message names the range, so a whole number too large is not told it is no whole number.
        Assert.Contains("from -2147483648 to 2147483647", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("0", 1)]
    [InlineData("-7", 1)]
    public async Task Search_Limit_IsKeptBetweenOneAndTheCap(string limit, int expected)
    {
        var result = await SearchAsync("Mali", limit);

        Assert.Equal(expected, result.Hits.Count);
        Assert.Equal(14, result.Total);
    }

    public static TheoryData<string> Hostile => HostileInput.All;

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Search_HostileInput_Is200Or400ProblemAndNeverLiveMarkup(string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonSerializer.Deserialize<ApiResult>(body, JsonSerializerOptions.Web)!;
        Assert.All(result.Hits, hit => Assert.DoesNotContain("<script", hit.Snippet, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain('\0', result.Query);
        Assert.DoesNotContain('\u202E', result.Query);
    }

    private async Task<ApiResult> SearchAsync(string query, string? limit = null)
    {
        using var client = _app.CreateClient();
        var url = $"/api/search?q={Uri.EscapeDataString(query)}" + (limit is null ? "" : $"&limit={limit}");
        return (await client.GetFromJsonAsync<ApiResult>(url))!;
    }

    public sealed record ApiResult(string Query, IReadOnlyList<ApiHit> Hits, string? Suggestion, string? Message, int Total, int MatchingAll);

    public sealed record ApiHit(string Slug, string ParagraphId, string Text, string Snippet, string Url, double Score, bool MatchesAll,
        int WordsHeld, string Source);
}
