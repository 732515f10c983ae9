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
}
