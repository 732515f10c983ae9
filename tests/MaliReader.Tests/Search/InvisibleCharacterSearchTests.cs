using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// A soft hyphen (U+00AD, what a web page's &amp;shy; becomes), a zero-width space (U+200B), a word joiner (U+2060) or any
/// other character that shows nothing (Unicode's Default_Ignorable_Code_Point) inside a word leaves the word the reader
/// sees: "international" and "Timbuktu" are found, whether the paragraph or the query holds the invisible character, and
/// the mark covers the word as written.
/// </summary>
public sealed class InvisibleCharacterSearchTests
{
    private static string Paragraph(string word) => $"The {word} garrison was named by the ministry on Monday.";

    [Theory]
    [InlineData("inter\u00ADnational", "international")]
    [InlineData("Tim\u200Bbuktu", "Timbuktu")]
    [InlineData("Ga\u2060o", "Gao")]
    [InlineData("Bama\uFEFFko", "Bamako")]
    [InlineData("Se\u00ADgou\u00AD", "Segou")]
    public async Task AWordWithAnInvisibleCharacterInside_IsFoundAsTheReaderSeesIt(string written, string typed)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("invisible.md", TestContent.Article("Invisible characters", "Test source", "invisible",
            Paragraph(written)));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(typed)}");

        Assert.Equal("invisible-1", Assert.Single(result!.Hits).ParagraphId);
    }

    [Fact]
    public async Task ASavedPagesSoftHyphen_IsFoundAsTheWordShown_AndMarkedAsWritten()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("harvest.html", Articles.WebPages.TestPages.Page(
            insideArticle: "<p>The inter&shy;national garrison in Tim&#8203;buktu was named by the ministry on Monday.</p>"));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>("/api/search?q=international+timbuktu");

        var hit = Assert.Single(result!.Hits);
        Assert.Contains("inter\u00ADnational", hit.Text, StringComparison.Ordinal);
        Assert.True(hit.MatchesAll);
        Assert.Contains("<mark>inter\u00ADnational</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Tim\u200Bbuktu</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inter\u00ADnational")]
    [InlineData("Tim\u200Bbuktu")]
    public async Task AQueryTypedWithAnInvisibleCharacter_FindsThePlainWord_AndTheWordWrittenWithOne(string typed)
    {
        var plain = typed.Replace("\u00AD", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal);
        using var content = new TestContent(withSeedArticles: false);
        content.Write("invisible.md", TestContent.Article("Invisible characters", "Test source", "invisible",
            Paragraph(plain), "Nothing here names it.", Paragraph(typed)));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(typed)}");

        Assert.Equal(["invisible-1", "invisible-3"], result!.Hits.Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheSnippet_MarksTheWordAsWritten_WithItsInvisibleCharacter_AndNothingAroundIt()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("invisible.md", TestContent.Article("Invisible characters", "Test source", "invisible",
            "Troops reached \u200BTim\u200Bbuktu\u200B on Monday."));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>("/api/search?q=timbuktu");

        var hit = Assert.Single(result!.Hits);
        Assert.Contains("\u200B<mark>Tim\u200Bbuktu</mark>\u200B", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("international", "inter\u00ADnational")]
    [InlineData("inter\u00ADnational", "inter\u00ADnational")]
    [InlineData("Gao", "Ga\u2060o")]
    public async Task TheParagraphPage_ReachedFromASearch_MarksTheWholeWordAsWritten(string typed, string written)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("invisible.md", TestContent.Article("Invisible characters", "Test source", "invisible",
            Paragraph(written)));
        using var app = new MaliReaderApp(content);

        var page = await app.GetDocumentAsync($"/?story=invisible&q={Uri.EscapeDataString(typed)}");

        var mark = Assert.Single(page.QuerySelectorAll("#invisible-1 mark"));
        Assert.Equal(written, mark.TextContent);
    }

    /// <summary>
    /// Other scripts: a zero-width non-joiner or joiner changes how the letters of Persian or Devanagari join, not which
    /// word they spell; a zero-width space marks where a Thai or Khmer line may break, inside a run cut into pairs.
    /// </summary>
    [Theory]
    [InlineData("می\u200Cخواهم", "میخواهم")] // Persian: "I want", the prefix kept apart by a non-joiner
    [InlineData("हिन्\u200Dदी", "हिन्दी")] // Hindi: a joiner asking for the half form
    [InlineData("क्\u200Cष", "क्ष")] // a non-joiner showing the virama
    [InlineData("กรุง\u200Bเทพ", "กรุงเทพ")] // Thai: Bangkok, with a line-break hint
    [InlineData("ព្រះ\u200Bរាជា", "ព្រះរាជា")] // Khmer
    [InlineData("東京\u200B都", "東京都")]
    [InlineData("ﾊﾟ\u00ADﾘ", "パリ")]
    [InlineData("Ma\u00ADlí", "Mali")]
    [InlineData("1\u200B200", "1200")]
    public void AnInvisibleCharacter_LeavesTheFormsOfTheWordTheReaderSees(string written, string seen) =>
        Assert.Equal(SearchTokens.Of(seen).Select(token => token.Form), SearchTokens.Of(written).Select(token => token.Form));

    [Theory]
    [InlineData("The inter\u00ADnational force", new[] { "The", "inter\u00ADnational", "force" })]
    [InlineData("\u200BTim\u200Bbuktu\u200B and \u2060Gao\u2060", new[] { "Tim\u200Bbuktu", "and", "Gao" })]
    [InlineData("\u00AD \u200B \uFEFF", new string[0])]
    [InlineData("東京\u200BTokyo\u200B都", new[] { "東京", "Tokyo", "都" })]
    public void ATokenCoversTheWordAsWritten_WithTheInvisibleCharactersInsideIt_NotThoseAround(string text, string[] words) =>
        Assert.Equal(words, SearchTokens.Of(text).Select(token => text.Substring(token.Start, token.Length)));

    [Fact]
    public void AQuery_WithAnInvisibleCharacterInsideAWord_IsOneWord()
    {
        var query = SearchQuery.Parse("inter\u00ADnational Tim\u200Bbuktu");

        Assert.Equal(["international", "timbuktu"], query.RankedWords.Select(word => Assert.Single(word.Tokens).Form));
    }
}
