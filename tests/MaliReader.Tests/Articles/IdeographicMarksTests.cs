using System.Net.Http.Json;
using MaliReader.Tests.Search;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Articles;

/// <summary>
/// The letters among CJK symbols (the iteration mark 々, the closing mark 〆, the ideographic zero 〇…) are
/// written inside runs of ideographs, so search and comparison cut a word holding them as they cut the ideographs
/// around them; the punctuation of that block still separates words.
/// </summary>
public sealed class IdeographicMarksTests
{
    [Theory]
    [InlineData('々', true)]
    [InlineData('〆', true)]
    [InlineData('〇', true)]
    [InlineData('〻', true)]
    [InlineData('〡', true)]
    [InlineData('〱', true)]
    [InlineData('人', true)]
    [InlineData('ゝ', true)]
    [InlineData('ア', true)]
    [InlineData('、', false)]
    [InlineData('。', false)]
    [InlineData('「', false)]
    [InlineData('」', false)]
    [InlineData('〜', false)]
    [InlineData('〒', false)]
    [InlineData('\u3000', false)]
    [InlineData('a', false)]
    [InlineData('7', false)]
    public void IsWrittenWithoutSpaces_HoldsForTheLettersOfTheCjkSymbols_NotTheirPunctuation(char c, bool unspaced) =>
        Assert.Equal(unspaced, Words.IsWrittenWithoutSpaces(c));

    [Theory]
    [InlineData("人々", new[] { "人々" })]
    [InlineData("各地の人々は", new[] { "各地", "地の", "の人", "人々", "々は" })]
    [InlineData("〆切", new[] { "〆切" })]
    [InlineData("二〇二五年", new[] { "二〇", "〇二", "二五", "五年" })]
    [InlineData("佐々木さん", new[] { "佐々", "々木", "木さ", "さん" })]
    [InlineData("人、人", new[] { "人", "人" })]
    [InlineData("「人」", new[] { "人" })]
    [InlineData("Mali 人々", new[] { "mali", "人々" })]
    public void SearchTokens_CutARunHoldingTheMarks_AsARunOfIdeographs(string text, string[] forms) =>
        Assert.Equal(forms, SearchTokens.Of(text).Select(token => token.Form));

    [Theory]
    [InlineData("人々が集まった", new[] { "人々", "が", "集", "ま", "っ", "た" })]
    [InlineData("時々雨", new[] { "時々", "雨" })]
    [InlineData("二〇二五年", new[] { "二〇二五", "年" })]
    [InlineData("〆切", new[] { "〆", "切" })]
    [InlineData("人が", new[] { "人", "が" })]
    [InlineData("人、々", new[] { "人", "々" })]
    public void CompareWords_KeepAnIterationMarkWithTheCharacterItRepeats(string text, string[] words) =>
        Assert.Equal(words, CompareWords.Of(text).Select(word => word.Text));

    [Fact]
    public void AYearWrittenWithTheIdeographicZero_DiffersAsOneNumber()
    {
        var difference = Assert.Single(ParagraphDiffer.Differences("二〇二五年に選挙が行われた。", "二〇二四年に選挙が行われた。"));

        Assert.Equal(DifferenceKind.Number, difference.Kind);
        Assert.Equal(("二〇二五", "二〇二四"), (difference.Left?.Text, difference.Right?.Text));
    }

    [Theory]
    [InlineData("人々", new[] { "jp-1" })]
    [InlineData("々", new[] { "jp-1", "jp-3" })]
    [InlineData("佐々木", new[] { "jp-3" })]
    [InlineData("人", new[] { "jp-1", "jp-2" })]
    public async Task AQueryHoldingAnIterationMark_FindsTheParagraphsHoldingIt_AndMarksIt(string query, string[] paragraphs)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("jp.md", TestContent.Article("集会", "東京ニュース", "jp",
            "各地の人々が広場に集まった。", "一人が広場に来た。", "佐々木氏が発表した。"));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(paragraphs, result!.Hits.Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal));
        Assert.All(result.Hits, hit => Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal));
        Assert.All(result.Hits, hit => Assert.Contains(query, hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
