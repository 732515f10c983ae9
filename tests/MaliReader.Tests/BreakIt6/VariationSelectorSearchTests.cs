using MaliReader.Web.Search;

namespace MaliReader.Tests.BreakIt6;

// Found by hostile testing: an ideographic variation selector (U+E0100 and up, which picks a name's glyph, as in 葛󠄀飾区)
// ends the run of ideographs in the search index, so the pair it stands in ("葛飾") is never indexed and a reader typing
// the name without the selector, as every keyboard does, does not find it. Comparison keeps such marks on their
// character (CompareWords); search does not.
public sealed class VariationSelectorSearchTests
{
    [Theory]
    [InlineData("東京都葛\U000E0100飾区で祭り", "葛飾")]
    [InlineData("辻\U000E0101村さん", "辻村")]
    [InlineData("佐々\U000E0100木氏", "々木")]
    public void AVariationSelectorInsideAName_LeavesThePairItStandsInIndexed(string text, string pair) =>
        Assert.Contains(pair, SearchTokens.Of(text).Select(token => token.Form));

    [Fact]
    public void AVariationSelector_IsNoTokenOfItsOwn() =>
        Assert.DoesNotContain(SearchTokens.Of("東京都葛\U000E0100飾区"), token => token.Form.Length == 0);
}
