using MaliReader.Web.Compare;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Compare;

/// <summary>
/// The half-width sound marks ﾞ and ﾟ are letters (Lm), so a mark that stands after a space or at the start of a
/// paragraph is a word of its own; its compatibility form is a combining mark (U+3099, U+309A), which folding drops,
/// leaving a word whose form is empty. Comparison then reads the first character of an empty key, and search indexes
/// an empty form that a prefix query of the mark alone matches against every word.
/// </summary>
public sealed class HalfWidthSoundMarkTests
{
    [Theory]
    [InlineData("ﾞ")]
    [InlineData("ﾟ")]
    [InlineData("ガスの値段 ﾞ が上がった")]
    [InlineData("ﾟ印の付いた行")]
    public void AParagraphWithALoneSoundMark_CanBeCompared(string text)
    {
        var words = CompareWords.Of(text);

        Assert.All(words, word => Assert.NotEqual("", word.Key));
    }

    [Fact]
    public void TwoParagraphsWithALoneSoundMark_AreDiffedWithoutThrowing()
    {
        var differences = ParagraphDiffer.Differences("ｶﾞｽ料金 ﾞ が上がった。", "ガス料金 ﾟ が下がった。");

        Assert.NotNull(differences);
    }

    [Theory]
    [InlineData("ﾞ")]
    [InlineData("ｶﾞｽ ﾟ")]
    [InlineData("aﾞ")]
    public void ALoneSoundMark_IsNoSearchWordWithAnEmptyForm(string text) =>
        Assert.DoesNotContain(SearchTokens.Of(text), token => token.Form.Length == 0);
}

/// <summary>
/// One article with a lone half-width sound mark (a typo: "ガス料金 ﾞ が") is enough for the library's word weights to throw,
/// and with them every comparison: every story page, every search and every paragraph page answers 500, while /healthz
/// says Healthy.
/// </summary>
public sealed class LoneSoundMarkInContentTests : IDisposable
{
    private readonly Support.TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("/?story=mali-france-un-letter")]
    [InlineData("/api/compare?story=mali-france-un-letter")]
    [InlineData("/search?q=France")]
    [InlineData("/api/search?q=France")]
    [InlineData("/p/mali-france-rt-1")]
    [InlineData("/p/typo-1")]
    public async Task AnArticleWithALoneSoundMark_BreaksNoOtherPage(string url)
    {
        _content.Write("typo.md", Support.TestContent.Article("値上げ", "東京ニュース", "typo-story", "ガス料金 ﾞ が上がった。"));
        using var app = new Support.MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
