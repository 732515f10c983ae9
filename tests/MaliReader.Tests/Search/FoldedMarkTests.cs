using MaliReader.Web.Compare;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// Words are matched without their accents and pointing, but with the marks that are part of their letters: a reader
/// typing "cafe" or an unpointed Hebrew or Arabic word finds the pointed one, while a Hindi vowel sign, a Thai tone mark or
/// a kana voicing mark makes another word.
/// </summary>
public sealed class FoldedMarkTests
{
    [Theory]
    [InlineData("café", "cafe")]
    [InlineData("Αθήνα", "Αθηνα")]
    [InlineData("Bamakô", "Bamako")]
    [InlineData("שָׁלוֹם", "שלום")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("葛\U000E0100飾", "葛飾")]
    public void AccentsPointingAndVariationSelectors_AreMatchedWithout(string marked, string plain)
    {
        Assert.Equal(SearchTokens.Of(plain).Select(token => token.Form), SearchTokens.Of(marked).Select(token => token.Form));
        Assert.Equal(CompareWords.Of(plain).Select(word => word.Key), CompareWords.Of(marked).Select(word => word.Key));
    }

    [Theory]
    [InlineData("कमल", "कमाल")] // lotus, wonder: a Devanagari vowel sign
    [InlineData("किताब", "कताब")]
    [InlineData("ম্যাচ", "মচ")] // Bengali vowel sign and virama
    [InlineData("ม้า", "มา")] // horse, come: a Thai tone mark
    [InlineData("ກິນ", "ກນ")] // Lao vowel sign
    [InlineData("パリ", "ハリ")]
    public void MarksThatArePartOfTheirLetters_MakeAnotherWord(string one, string other)
    {
        Assert.NotEqual(SearchTokens.Of(one).Select(token => token.Form), SearchTokens.Of(other).Select(token => token.Form));
        Assert.NotEqual(CompareWords.Of(one).Select(word => word.Key), CompareWords.Of(other).Select(word => word.Key));
    }
}
