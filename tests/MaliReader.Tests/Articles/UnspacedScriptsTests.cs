using System.Text;
using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;

namespace MaliReader.Tests.Articles;

/// <summary>
/// Which scripts are written without spaces between words follows the Unicode Line Breaking Algorithm (UAX #14): the
/// letters of classes SA, ID, CJ and NS. Half-width katakana, the small katakana of Ainu, Yi, Tangut, Nushu and the Tai
/// scripts are among them; Korean (written with spaces), full-width Latin and the digits of those scripts are not.
/// </summary>
public sealed class UnspacedScriptsTests
{
    [Theory]
    [InlineData(0xFF76, true)] // ｶ, half-width katakana
    [InlineData(0xFF67, true)] // ｧ, small half-width katakana (class CJ)
    [InlineData(0xFF70, true)] // ｰ, the half-width long-vowel mark
    [InlineData(0xFF9E, true)] // ﾞ, the half-width voiced mark (class NS)
    [InlineData(0x31F0, true)] // ㇰ, small katakana of Ainu
    [InlineData(0x3105, true)] // ㄅ, Bopomofo
    [InlineData(0xA000, true)] // ꀀ, Yi
    [InlineData(0xA015, true)] // ꀕ, the Yi iteration mark
    [InlineData(0x17000, true)] // 𗀀, Tangut
    [InlineData(0x18800, true)] // a Tangut component
    [InlineData(0x1B170, true)] // 𛅰, Nushu
    [InlineData(0x16FE1, true)] // the Nushu iteration mark
    [InlineData(0x1B002, true)] // a hentaigana of the Kana Supplement
    [InlineData(0x1950, true)] // ᥐ, Tai Le
    [InlineData(0x1980, true)] // ᦀ, New Tai Lue
    [InlineData(0x1A20, true)] // ᨠ, Tai Tham
    [InlineData(0xAA80, true)] // ꪀ, Tai Viet
    [InlineData(0x11700, true)] // 𑜀, Ahom
    [InlineData(0x0E01, true)] // ก, Thai
    [InlineData(0x1000, true)] // က, Myanmar
    [InlineData(0xFF65, false)] // ･, the half-width middle dot, which separates the parts of a name
    [InlineData(0x30FB, false)] // ・
    [InlineData(0x18B00, false)] // Khitan Small Script: class AL, its characters join into blocks set apart as words are
    [InlineData(0xAC00, false)] // 가, Korean is written with spaces
    [InlineData(0x3131, false)] // ㄱ, a Hangul compatibility jamo
    [InlineData(0xFFA1, false)] // a half-width Hangul jamo
    [InlineData(0xFF21, false)] // Ａ, full-width Latin
    [InlineData(0xFF11, false)] // １, a full-width digit
    [InlineData(0x0E51, false)] // ๑, a Thai digit: a number is a word of its own
    [InlineData(0x1041, false)] // ၁, a Myanmar digit
    [InlineData(0x044F, false)] // я
    public void IsWrittenWithoutSpaces_FollowsTheLineBreakingClasses(int codePoint, bool unspaced) =>
        Assert.Equal(unspaced, Words.IsWrittenWithoutSpaces(new Rune(codePoint)));

    [Theory]
    // One word per two characters of a script written without spaces, one per run of the others.
    [InlineData("ｺﾝﾋﾟｭｰﾀｰ", 4)]
    [InlineData("ｶﾀｶﾅｶﾀｶﾅ", 4)]
    [InlineData("ㇰㇱㇷㇹ", 2)]
    [InlineData("ꀀꀁꀂꀃ", 2)]
    [InlineData("\U00017000\U00017001\U00017002\U00017003", 2)]
    [InlineData("\U0001B170\U0001B171\U0001B172\U0001B173", 2)]
    [InlineData("ᦀᦁᦂᦃ", 2)]
    [InlineData("ᨠᨡᨢᨣ", 2)]
    [InlineData("한국어 문장입니다", 2)]
    [InlineData("ＵＳＡ ＵＮ", 2)]
    public void CountWords_CountsEveryUnspacedScriptByItsCharacters(string text, int words) =>
        Assert.Equal(words, PageBlocks.CountWords(text));
}
