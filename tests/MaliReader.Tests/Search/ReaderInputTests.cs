using System.Net.Http.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>
/// What readers type into search boxes: quotation styles, abbreviations, digit groups, hyphenated
/// spellings, stem collisions, long prefixes, other scripts' marks and long pasted passages. The seed
/// articles plus a wire report that holds the forms the seed lacks.
/// </summary>
public sealed class ReaderInputTests : IClassFixture<ReaderInputTests.App>
{
    public sealed class App : IDisposable
    {
        public App()
        {
            var content = new TestContent();
            content.Write("un-wire.md", TestContent.Article("UN mission counts its staff", "Wire", "un-mission",
                "The U.N. mission in Gao counted 1,200 peacekeepers in the north.",
                "Readers may send an e-mail to the mission’s press office.",
                "كَتَبَ وزيرُ الخارجيةِ رسالةً إلى مجلس الأمن.",
                "Governments renewed the mandate for a twelve-month period."));
            Factory = new MaliReaderApp(content);
        }

        public MaliReaderApp Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Factory.Content.Dispose();
        }
    }

    private const string Rt = TestContent.RtSlug;
    private const string Tr = TestContent.TranslationSlug;
    private const string Wire = "un-wire";

    private readonly MaliReaderApp _app;

    public ReaderInputTests(App app) => _app = app.Factory;

    /// <summary>Each query and exactly the paragraphs that hold every word of it, which rank first.</summary>
    public static TheoryData<string, string[]> FindsAsFullMatches => new()
    {
        // Every common quotation style marks a phrase, as straight quotes do.
        { "\"France has repeatedly\"", [$"{Tr}-1", $"{Tr}-3"] },
        { "“France has repeatedly”", [$"{Tr}-1", $"{Tr}-3"] },
        { "„France has repeatedly“", [$"{Tr}-1", $"{Tr}-3"] },
        { "«France has repeatedly»", [$"{Tr}-1", $"{Tr}-3"] },
        { "‘France has repeatedly’", [$"{Tr}-1", $"{Tr}-3"] },
        // Abbreviations with and without full stops.
        { "U.N. mission", [$"{Wire}-1"] },
        { "UN mission", [$"{Wire}-1"] },
        { "\"UN mission\"", [$"{Wire}-1"] },
        // Digit groups.
        { "1200", [$"{Wire}-1"] },
        { "1,200", [$"{Wire}-1"] },
        // Hyphenated and closed spellings.
        { "email", [$"{Wire}-2"] },
        { "e-mail", [$"{Wire}-2"] },
        { "twelvemonth", [$"{Wire}-4"] },
        // A stem shared by different words is not the word: "news" is not "new".
        { "news", [$"{Tr}-5"] },
        // Prefixes longer than the stem.
        { "aggressi*", [$"{Rt}-1", $"{Rt}-2"] },
        { "governm*", [$"{Rt}-4", $"{Rt}-6", $"{Rt}-7", $"{Tr}-2", $"{Tr}-3", $"{Wire}-4"] },
        // Combining marks fold in every script.
        { "كتب", [$"{Wire}-3"] },
        { "كَتَبَ", [$"{Wire}-3"] },
        { "الخارجية", [$"{Wire}-3"] },
    };

    [Theory]
    [MemberData(nameof(FindsAsFullMatches))]
    public async Task Search_FindsWhatReadersType(string query, string[] expected)
    {
        var result = await SearchAsync(query);

        var first = result.Hits.Take(expected.Length).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), first.Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal));
        Assert.All(first, hit => Assert.True(hit.MatchesAll, $"{hit.ParagraphId} should hold every word of {query}"));
        Assert.All(result.Hits.Skip(expected.Length), hit => Assert.False(hit.MatchesAll));
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public async Task Search_CurlyQuotes_FindTheSameAsStraightOnesAndNotLooseWords()
    {
        var straight = await SearchAsync("\"France has repeatedly\"");
        var curly = await SearchAsync("“France has repeatedly”");
        var loose = await SearchAsync("France has repeatedly");

        Assert.Equal(straight.Hits.Select(hit => hit.ParagraphId), curly.Hits.Select(hit => hit.ParagraphId));
        Assert.True(loose.Total > curly.Total);
    }

    [Fact]
    public async Task Search_News_NeverCountsNewAsHoldingTheWord()
    {
        var result = await SearchAsync("news government");

        var newGovernment = result.Hits.Single(hit => hit.ParagraphId == $"{Rt}-7");
        Assert.False(newGovernment.MatchesAll);
        Assert.Equal(1, newGovernment.WordsHeld);
    }

    /// <summary>"governs" and "governments" both count as "government"s words only where the stem says so; the exact form ranks first.</summary>
    [Fact]
    public async Task Search_ExactFormRanksAboveOtherFormsOfTheWord()
    {
        var result = await SearchAsync("governments");

        Assert.Equal($"{Wire}-4", result.Hits[0].ParagraphId);
        Assert.True(result.Hits.Count > 1);
    }

    [Theory]
    [InlineData("كتب", "<mark>كَتَبَ</mark>")]
    [InlineData("U.N.", "The <mark>U.N.</mark> mission")]
    [InlineData("1200", "<mark>1,200</mark>")]
    [InlineData("email", "<mark>e-mail</mark>")]
    [InlineData("\"UN mission\"", "The <mark>U.N. mission</mark> in")]
    public async Task Search_Snippet_MarksTheWholeWordAsWritten(string query, string marked)
    {
        var hit = (await SearchAsync(query)).Hits.First(hit => hit.ParagraphId.StartsWith(Wire, StringComparison.Ordinal));

        Assert.Contains(marked, hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadingRoom_ArrivingFromArabicSearch_MarksTheWordWithItsVowelMarks()
    {
        var page = await _app.GetDocumentAsync($"/?story=un-mission&q={Uri.EscapeDataString("كتب")}");

        var mark = Assert.Single(page.QuerySelectorAll($"#{Wire}-3 mark"));
        Assert.Equal("كَتَبَ", mark.TextContent);
    }

    [Fact]
    public async Task Search_LongPastedPassage_UsesEveryWord()
    {
        // Thirty words that no article holds, then the one that matters.
        var filler = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"qx{i}"));

        var result = await SearchAsync($"{filler} Barkhane");

        Assert.Equal([$"{Rt}-6"], result.Hits.Select(hit => hit.ParagraphId));
        Assert.Null(result.Message);
    }

    [Theory]
    [InlineData("weapons", "RT")]
    [InlineData("espionage", "Unattributed translation (cites Reuters)")]
    public async Task Search_OneAccountSilent_IsNamedInTheApiAndOnThePage(string query, string silentSource)
    {
        var result = await SearchAsync(query);
        var page = await _app.GetDocumentAsync($"/search?q={query}");

        var silent = Assert.Single(result.Silent);
        Assert.Equal(silentSource, silent.Source);
        var notice = Assert.Single(page.QuerySelectorAll(".search-silent"));
        Assert.Contains(silentSource, notice.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Diop")]
    [InlineData("France")]
    public async Task Search_EveryAccountHoldingHits_NamesNoneSilent(string query)
    {
        var result = await SearchAsync(query);
        var page = await _app.GetDocumentAsync($"/search?q={query}");

        Assert.Empty(result.Silent);
        Assert.Empty(page.QuerySelectorAll(".search-silent"));
    }

    private async Task<ApiResult> SearchAsync(string query)
    {
        using var client = _app.CreateClient();
        return (await client.GetFromJsonAsync<ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}&limit=100"))!;
    }

    public sealed record ApiResult(string Query, IReadOnlyList<ApiHit> Hits, string? Suggestion, string? Message, int Total,
        IReadOnlyList<ApiSilent> Silent);

    public sealed record ApiHit(string ParagraphId, string Snippet, bool MatchesAll, int WordsHeld);

    public sealed record ApiSilent(string Slug, string Source, string Title);
}
