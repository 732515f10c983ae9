using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// An ideographic variation selector (U+E0100 and up, which picks a name's glyph, as in 葛󠄀飾区) stays on its
/// character: the pair it stands in ("葛飾") is indexed, so a reader typing the name without it, as every keyboard
/// does, finds it; and it is no search word of its own.
/// </summary>
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
