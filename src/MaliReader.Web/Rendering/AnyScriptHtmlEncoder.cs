using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MaliReader.Web.Rendering;

/// <summary>
/// The framework's HTML encoder for every block of the Basic Multilingual Plane (<see cref="UnicodeRanges.All"/>), which
/// also writes the characters beyond it (an emoji, 𠮷, Adlam, mathematical letters) as themselves. The framework writes
/// each of those as a numeric reference (&amp;#x1F600;), whatever its settings allow: a browser shows the character all
/// the same, from more than twice its bytes.
/// </summary>
/// <remarks>
/// It only ever writes as themselves characters that the framework would have escaped and that cannot be markup (every
/// character of HTML's syntax is ASCII): a whole surrogate pair whose character Unicode assigns as a letter, mark,
/// number, punctuation or symbol. Everything else is the framework's encoder's to write: the markup characters, quotes,
/// lone surrogates, and beyond the BMP the characters Unicode has not assigned, keeps for private use or makes invisible
/// formats (tags).
/// </remarks>
public sealed class AnyScriptHtmlEncoder : HtmlEncoder
{
    private static readonly HtmlEncoder Framework = Create(UnicodeRanges.All);

    private AnyScriptHtmlEncoder()
    {
    }

    public static AnyScriptHtmlEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Framework.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => !IsWrittenAsItself(unicodeScalar) && Framework.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var at = 0;
        while (at < textLength)
        {
            var next = Framework.FindFirstCharacterToEncode(text + at, textLength - at);
            if (next < 0)
            {
                return -1;
            }
            at += next;
            // The framework stops at every character beyond the BMP: one written as itself is passed whole, and the
            // search goes on after it. Anything else it stopped at is encoded.
            if (at + 1 < textLength && char.IsSurrogatePair(text[at], text[at + 1]) && IsWrittenAsItself(char.ConvertToUtf32(text[at], text[at + 1])))
            {
                at += 2;
                continue;
            }
            return at;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsWrittenAsItself(unicodeScalar))
        {
            return Framework.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }
        // Two UTF-16 units: the surrogate pair.
        numberOfCharactersWritten = 0;
        return bufferLength >= 2 && new Rune(unicodeScalar).TryEncodeToUtf16(new Span<char>(buffer, bufferLength), out numberOfCharactersWritten);
    }

    /// <summary>A character beyond the BMP that Unicode assigns as a letter, mark, number, punctuation or symbol.</summary>
    private static bool IsWrittenAsItself(int unicodeScalar) =>
        unicodeScalar is > 0xFFFF and <= 0x10FFFF
        && Rune.GetUnicodeCategory(new Rune(unicodeScalar)) is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            or UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
