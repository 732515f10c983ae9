using System.Text;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// A name in ideographs may hold a letter written as an ideograph (the iteration mark 々 in 佐々木, the closing
/// mark 〆) or an ideograph beyond the Basic Multilingual Plane (𠮷, a surrogate pair): a changed name holding one
/// is still one changed term. Kana of grammar (hiragana) and other scripts written without spaces are not.
/// </summary>
public sealed class IdeographicNameDifferenceTests
{
    [Theory]
    [InlineData("佐々木外相は会談に出席した。", "佐藤外相は会談に出席した。", "佐々木", "佐藤")]
    [InlineData("佐藤外相は会談に出席した。", "佐々木外相は会談に出席した。", "佐藤", "佐々木")]
    [InlineData("代々木で集会が開かれた。", "渋谷で集会が開かれた。", "代々木", "渋谷")]
    [InlineData("国連は𠮷野家で会合を開いた。", "国連は松屋で会合を開いた。", "𠮷野家", "松屋")]
    [InlineData("国連は東京で会合を開いた。", "国連は大阪で会合を開いた。", "東京", "大阪")]
    [InlineData("国連はバレンシアに支援を申し出た。", "国連はマドリードに支援を申し出た。", "バレンシア", "マドリード")]
    public void AChangedNameOfIdeographs_HoldingMarksOrCharactersBeyondTheBasicPlane_IsOneTerm(
        string left, string right, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));

        Assert.Equal(DifferenceKind.Term, difference.Kind);
        Assert.Equal((leftWords, rightWords), (difference.Left?.Text, difference.Right?.Text));
    }

    [Theory]
    // A verb's stem with its hiragana ending put another way is phrasing, with or without an iteration mark beside it.
    [InlineData("佐々木外相は支援を申し出た。", "佐々木外相は支援を提供した。")]
    [InlineData("人々は支援を申し出た。", "人々は支援を提供した。")]
    // The same name on both sides.
    [InlineData("佐々木外相は会談に出席した。", "佐々木外相は会談に出席した。")]
    [InlineData("𠮷野家で会合を開いた。", "𠮷野家で会合を開いた。")]
    // Thai is written without spaces too, but a Thai word has no shape that tells a named thing.
    [InlineData("ทหารมาถึงเมือง", "ตำรวจมาถึงเมือง")]
    public void PhrasingAndOtherScripts_AreNoDifference(string left, string right) =>
        Assert.Empty(ParagraphDiffer.Differences(left, right));

    [Theory]
    [InlineData(0x4F50, true)] // 佐
    [InlineData(0x3005, true)] // 々
    [InlineData(0x3006, true)] // 〆
    [InlineData(0x3007, true)] // 〇
    [InlineData(0x303B, true)] // 〻
    [InlineData(0x3021, true)] // 〡
    [InlineData(0x3400, true)] // 㐀, Extension A
    [InlineData(0xF900, true)] // 豈, a compatibility ideograph
    [InlineData(0x20BB7, true)] // 𠮷, Extension B
    [InlineData(0x2A6DF, true)] // the last of Extension B
    [InlineData(0x30000, true)] // Extension G, in the Tertiary Ideographic Plane
    [InlineData(0x3031, false)] // 〱, a kana repeat mark
    [InlineData(0x303C, false)] // 〼, the masu mark
    [InlineData(0x3001, false)] // 、
    [InlineData(0x300C, false)] // 「
    [InlineData(0x3042, false)] // あ
    [InlineData(0x30A2, false)] // ア
    [InlineData(0x0E01, false)] // ก
    [InlineData(0x1F600, false)] // an emoji, beyond the Basic Multilingual Plane too
    [InlineData(0x1D400, false)] // a mathematical letter, beyond the Basic Multilingual Plane too
    [InlineData(0x0041, false)] // A
    public void IsIdeographic_HoldsForIdeographsInEveryPlane_AndTheLettersWrittenAsThem(int codePoint, bool ideographic) =>
        Assert.Equal(ideographic, Words.IsIdeographic(new Rune(codePoint)));
}
