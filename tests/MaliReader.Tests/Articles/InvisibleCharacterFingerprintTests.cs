using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>
/// Search and comparison read a word with an invisible character inside ("inter&#173;national") as the one word a reader
/// sees; paragraph fingerprints keep the words they were first made of, where such a character split the word, so that
/// links already shared to those paragraphs still lead to them.
/// </summary>
public sealed class InvisibleCharacterFingerprintTests
{
    [Theory]
    [InlineData("The inter\u00ADnational garrison", "the inter national garrison")]
    [InlineData("Tim\u200Bbuktu and Ga\u2060o", "tim buktu and ga o")]
    public void AFingerprint_StillSplitsAWordAtAnInvisibleCharacter(string text, string words) =>
        Assert.Equal(words, Fingerprint.NormaliseWords(text));

    [Fact]
    public void AFingerprint_IsTheOneMadeBefore()
    {
        const string Text = "The inter\u00ADnational garrison in Tim\u200Bbuktu was named on Monday.";

        Assert.Equal(Fingerprint.Of("The inter national garrison in Tim buktu was named on Monday."), Fingerprint.Of(Text));
        Assert.NotEqual(Fingerprint.Of("The international garrison in Timbuktu was named on Monday."), Fingerprint.Of(Text));
    }

    [Fact]
    public void Words_JoinAcrossAnInvisibleCharacter_ForSearchAndComparison()
    {
        const string Text = "The inter\u00ADnational garrison\u200B.";

        Assert.Equal([(0, 3), (4, 14), (19, 8)], Words.Spans(Text));
        Assert.Equal("international", Words.Fold(Text.Substring(4, 14)));
    }
}
