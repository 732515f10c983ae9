using MaliReader.Web.Compare;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// The voicing marks of kana (゛ dakuten, ゜ handakuten) are not accents: バリ (Bali), パリ (Paris) and ハリ (a needle) are
/// three words, as ガス (gas) and カス (dregs) are. Folding drops every combining mark after canonical decomposition, so
/// ガ becomes カ: a search for Bali finds Paris, and an account naming Paris where the other names Bali shows no difference.
/// Width is folded (ｶﾞｽ = ガス), voicing must not be.
/// </summary>
public sealed class KanaVoicingTests
{
    [Theory]
    [InlineData("パリ", "バリ")]
    [InlineData("ガス", "カス")]
    [InlineData("ｶﾞｽ", "ｶｽ")]
    [InlineData("ぶた", "ふた")]
    public void KanaThatDifferOnlyByVoicing_AreDifferentSearchWords(string one, string other) =>
        Assert.NotEqual(SearchTokens.Of(one).Select(token => token.Form), SearchTokens.Of(other).Select(token => token.Form));

    [Theory]
    [InlineData("パリ", "バリ")]
    [InlineData("ガス", "カス")]
    public void KanaThatDifferOnlyByVoicing_AreDifferentComparisonWords(string one, string other) =>
        Assert.NotEqual(CompareWords.KeyOf(one), CompareWords.KeyOf(other));

    [Fact]
    public void AccountsNamingParisAndBali_ShowTheChangedPlace()
    {
        var differences = ParagraphDiffer.Differences("首相は来週パリを訪問すると発表した。", "首相は来週バリを訪問すると発表した。");

        Assert.Contains(differences, difference => difference.Left?.Text == "パリ" && difference.Right?.Text == "バリ");
    }
}
