using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>
/// Characters are counted as a reader counts them: extended grapheme clusters (UAX #29), Indic conjuncts included
/// (rule GB9c, Unicode 15.1), whatever the number of UTF-16 units or code points each takes.
/// </summary>
public sealed class CharacterCountTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("\U00020BB7", 1)] // 𠮷, two UTF-16 units
    [InlineData("e\u0301", 1)] // é typed as e and a combining accent
    [InlineData("e\u0323\u0302", 1)] // Vietnamese ệ, decomposed
    [InlineData("\U0001F1F2\U0001F1F1", 1)] // the flag of Mali, two regional indicators
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", 1)] // a family, joined by ZWJ
    [InlineData("\u0915\u094D\u0937", 1)] // क्ष, Devanagari conjunct
    [InlineData("\u0915\u094D\u200D\u0937", 1)] // the same with a zero-width joiner
    [InlineData("\u0915\u094D\u0937\u0924\u094D\u0930\u093F\u092F", 3)] // क्षत्रिय: क्ष, त्रि, य
    [InlineData("\u0939\u093F\u0928\u094D\u0926\u0940", 2)] // हिन्दी: हि, न्दी
    [InlineData("\u0995\u09CD\u09B7", 1)] // ক্ষ, Bengali conjunct
    [InlineData("\u0B95\u0BCD\u0BB7", 2)] // க்ஷ: Tamil's pulli is shown, and GB9c does not name it
    [InlineData("\u094D\u0937", 2)] // a virama with nothing before it joins nothing it does not follow
    [InlineData("", 0)]
    public void CharacterCount_IsWhatAReaderCounts(string text, int expected) =>
        Assert.Equal(expected, Words.CharacterCount(text));

    // Built here, not in an attribute: a lone surrogate does not survive the test runner's serialisation of data rows.
    [Fact]
    public void CharacterCount_TakesALoneSurrogateAsOne_AndAsNoLetterAConjunctCouldFollow() =>
        Assert.Equal(2, Words.CharacterCount(new string(['\uD800', '\u094D', '\u0937'])));
}
