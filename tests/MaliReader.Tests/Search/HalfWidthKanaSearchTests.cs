using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// Katakana is typed in full width (カタカナ) and in half width (ｶﾀｶﾅ, with the sound marks ﾞﾟ written after the kana);
/// Unicode's compatibility forms fold one into the other, and a reader expects either to find both. Half-width katakana
/// and the other scripts written without spaces (Yi, Tangut, Nushu, the Tai scripts) are cut into pairs of characters
/// as Chinese and Japanese are, so that a word is found inside a run.
/// </summary>
public sealed class HalfWidthKanaSearchTests
{
    [Theory]
    [InlineData("ｶﾀｶﾅ", "カタカナ")]
    [InlineData("ｶﾞｽ会社", "ガス会社")]
    [InlineData("ﾊﾟﾘで会議", "パリで会議")]
    [InlineData("ｺﾝﾋﾟｭｰﾀｰ", "コンピューター")]
    [InlineData("ｳﾞｪﾈﾂｨｱ", "ヴェネツィア")]
    public void HalfWidthKatakana_HasTheFormsOfFullWidth(string halfWidth, string fullWidth) =>
        Assert.Equal(SearchTokens.Of(fullWidth).Select(token => token.Form), SearchTokens.Of(halfWidth).Select(token => token.Form));

    [Theory]
    [InlineData("ｶﾞｽ", new[] { "ｶﾞｽ" })]
    [InlineData("ｶﾀｶﾅ", new[] { "ｶﾀ", "ﾀｶ", "ｶﾅ" })]
    [InlineData("ㇰㇱㇷ", new[] { "ㇰㇱ", "ㇱㇷ" })]
    [InlineData("ꀀꀁꀂ", new[] { "ꀀꀁ", "ꀁꀂ" })]
    [InlineData("ᦀᦁᦂ", new[] { "ᦀᦁ", "ᦁᦂ" })]
    [InlineData("\U00017000\U00017001\U00017002", new[] { "\U00017000\U00017001", "\U00017001\U00017002" })]
    [InlineData("\U0001B170\U0001B171\U0001B172", new[] { "\U0001B170\U0001B171", "\U0001B171\U0001B172" })]
    // Korean is written with spaces: a word of it stays whole.
    [InlineData("한국어", new[] { "한국어" })]
    public void ARunOfAnUnspacedScript_IsCutIntoPairsOfCharacters_WithTheSoundMarksKeptOnTheirKana(string text, string[] words) =>
        Assert.Equal(words, SearchTokens.Of(text).Select(token => text.Substring(token.Start, token.Length)));

    [Theory]
    [InlineData("ｺﾝﾋﾟｭｰﾀｰ", "コンピューター")]
    [InlineData("コンピューター", "ｺﾝﾋﾟｭｰﾀｰ")]
    [InlineData("ｶﾞｽ", "ガス")]
    public async Task AKatakanaWord_TypedInEitherWidth_FindsTheParagraph_AndMarksTheWordAsWritten(string written, string typed)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("jp.md", TestContent.Article("値上げ", "東京ニュース", "jp",
            $"大手の{written}会社が来月から料金を上げると発表した。", "政府はまだ何も発表していない。"));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(typed)}");

        var hit = Assert.Single(result!.Hits);
        Assert.Equal("jp-1", hit.ParagraphId);
        Assert.Contains($"<mark>{written}</mark>", hit.Snippet, StringComparison.Ordinal);
    }
}
