using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// Chinese, Japanese and Thai are written without spaces between words, so a paragraph in them is one run of
/// letters; search cuts such runs into overlapping pairs of characters, so that a word typed in a query is
/// found wherever it stands in the run.
/// </summary>
public sealed class UnspacedScriptTests
{
    private const string Japanese = "マリのディオプ外相は国連安全保障理事会に書簡を送り、フランスが武装勢力に武器を供与していると非難した。";

    [Theory]
    [InlineData("書簡", new[] { "書簡" })]
    [InlineData("外相は", new[] { "外相", "相は" })]
    [InlineData("国", new[] { "国" })]
    [InlineData("NHKニュース", new[] { "nhk", "ニュ", "ュー", "ース" })]
    [InlineData("Mali 書簡 France", new[] { "mali", "書簡", "france" })]
    public void ARunOfUnspacedScript_IsCutIntoPairsOfCharacters(string text, string[] forms) =>
        Assert.Equal(forms, SearchTokens.Of(text).Select(token => token.Form));

    [Theory]
    [InlineData("フランス")]
    [InlineData("書簡")]
    [InlineData("マリ")]
    [InlineData("安全保障理事会")]
    public async Task AWordOfAJapaneseParagraph_FindsIt_AndIsMarkedWhole(string word)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("jp.md", TestContent.Article("マリ外相の書簡", "東京ニュース", "jp", Japanese,
            "この件について政府はまだ何も発表していない。"));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(word)}");

        var hit = Assert.Single(result!.Hits);
        Assert.Equal("jp-1", hit.ParagraphId);
        Assert.Contains($"<mark>{word}</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordTheParagraphDoesNotHold_FindsNothing()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("jp.md", TestContent.Article("マリ外相の書簡", "東京ニュース", "jp", Japanese));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString("ドイツ")}");

        Assert.Empty(result!.Hits);
    }

    private const string Chinese = "马里外长指责法国向武装团体提供武器。";

    [Theory]
    // At a run's start, at its end, inside it, in two scripts; a character in a paragraph of one character.
    [InlineData("書", new[] { "jp-1" })]
    [InlineData("簡", new[] { "jp-1" })]
    [InlineData("府", new[] { "jp-2" })]
    [InlineData("器", new[] { "jp-1", "zh-1" })]
    [InlineData("武", new[] { "jp-1", "zh-1" })]
    [InlineData("マ", new[] { "jp-1" })]
    [InlineData("雨", new[] { "jp-3" })]
    [InlineData("犬", new string[0])]
    public async Task ALoneCharacter_FindsTheParagraphsHoldingIt_AndMarksWhereItStands(string character, string[] paragraphs)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("jp.md", TestContent.Article("マリ外相の書簡", "東京ニュース", "jp", Japanese,
            "この件について政府はまだ何も発表していない。", "雨"));
        content.Write("zh.md", TestContent.Article("马里外长的信", "北京新闻", "zh", Chinese));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(character)}");

        Assert.Equal(paragraphs, result!.Hits.Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal));
        Assert.All(result.Hits, hit => Assert.All(Marked(hit.Snippet), marked => Assert.Contains(character, marked, StringComparison.Ordinal)));
        Assert.All(result.Hits, hit => Assert.NotEmpty(Marked(hit.Snippet)));
    }

    private static IEnumerable<string> Marked(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<mark>(.*?)</mark>").Select(match => match.Groups[1].Value);
}
