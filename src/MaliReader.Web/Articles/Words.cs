using System.Globalization;
using System.Text;

namespace MaliReader.Web.Articles;

/// <summary>
/// Words as the full-text index sees them: runs of letters and digits (with any combining marks on
/// them); letters include the letter numbers (〇, Ⅻ), which Unicode counts as alphabetic. Everything else
/// separates words and never reaches a query.
/// </summary>
public static class Words
{
    /// <summary>
    /// A character of a script written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer,
    /// Burmese): a run of them is many words, not one. Half of a surrogate pair is none: see the overload for a
    /// whole <see cref="Rune"/>, or <see cref="UnspacedLength"/> to read one from a string.
    /// </summary>
    public static bool IsWrittenWithoutSpaces(char c) => !char.IsSurrogate(c) && IsWrittenWithoutSpaces(new Rune(c));

    /// <inheritdoc cref="IsWrittenWithoutSpaces(char)"/>
    public static bool IsWrittenWithoutSpaces(Rune rune) => rune.Value switch
    {
        // The letters of the CJK Symbols and Punctuation block, ideographic (IsIdeographic) or kana marks, are written
        // inside runs of ideographs and kana; the rest of the block is punctuation (、。「」), which separates words anyway.
        >= 0x3000 and <= 0x303F => IsWordCharacter(rune),
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana
        >= 0x0E00 and <= 0x0EFF => true, // Thai, Lao
        >= 0x1780 and <= 0x17FF => true, // Khmer
        >= 0x1000 and <= 0x109F => true, // Myanmar
        _ => IsIdeographic(rune),
    };

    /// <summary>
    /// A Chinese character (used in Japanese as kanji) or a letter written among them as one: the CJK ideograph blocks of
    /// the Basic Multilingual Plane, the Supplementary and Tertiary Ideographic Planes (U+20000–U+3FFFF: Extensions
    /// B to I, rare characters of names such as 𠮷), and the letters of the CJK Symbols and Punctuation block,
    /// which stand for an ideograph or a number: iteration marks (人々, 〻), the closing mark 〆, the ideographic zero
    /// 〇, the Hangzhou numerals (〡〢〣). Not kana: the block's kana repeat marks (〱–〵) and the masu mark (〼) stand
    /// for kana syllables, as hiragana endings do.
    /// </summary>
    public static bool IsIdeographic(Rune rune) => rune.Value switch
    {
        >= 0x3031 and <= 0x3035 or 0x303C => false,
        >= 0x3000 and <= 0x303F => IsWordCharacter(rune),
        >= 0x3400 and <= 0x4DBF => true, // CJK Extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK Unified Ideographs
        >= 0xF900 and <= 0xFAFF => true, // CJK Compatibility Ideographs
        // Both planes are set aside for ideographs; what is not yet assigned there is no letter.
        >= 0x20000 and <= 0x3FFFF => IsWordCharacter(rune),
        _ => false,
    };

    /// <summary>
    /// How many UTF-16 units the character <paramref name="text"/> starts with takes when it is written without spaces:
    /// 1, or 2 for a character beyond the Basic Multilingual Plane (a surrogate pair, never cut); 0 when it is not
    /// such a character, when <paramref name="text"/> is empty, or when it starts with a lone surrogate.
    /// </summary>
    public static int UnspacedLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        if (!char.IsSurrogate(text[0]))
        {
            return IsWrittenWithoutSpaces(new Rune(text[0])) ? 1 : 0;
        }
        return Rune.DecodeFromUtf16(text, out var rune, out var consumed) == System.Buffers.OperationStatus.Done && IsWrittenWithoutSpaces(rune)
            ? consumed : 0;
    }

    /// <summary>
    /// How many UTF-16 units of combining marks (<see cref="IsMark"/>) <paramref name="text"/> starts with: what
    /// stays with the character before them.
    /// </summary>
    public static int MarksLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (Rune.DecodeFromUtf16(text[length..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done && IsMark(rune))
        {
            length += consumed;
        }
        return length;
    }

    /// <summary>Where each word of <paramref name="text"/> starts and how long it is.</summary>
    public static List<(int Start, int Length)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        var start = -1;
        var hasLetterOrDigit = false;
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
            }
            var isLetterOrDigit = IsWordCharacter(rune);
            if (isLetterOrDigit || (start >= 0 && IsMark(rune)))
            {
                if (start < 0)
                {
                    start = i;
                }
                hasLetterOrDigit |= isLetterOrDigit;
            }
            else
            {
                Close(i);
            }
            i += consumed;
        }
        Close(text.Length);
        return spans;

        void Close(int end)
        {
            if (start >= 0 && hasLetterOrDigit)
            {
                spans.Add((start, end - start));
            }
            start = -1;
            hasLetterOrDigit = false;
        }
    }

    /// <summary>Lower case without diacritics: "Malí" → "mali", as the index compares words.</summary>
    public static string Fold(string word)
    {
        // Most words of English news are plain ASCII, for which folding is lower-casing: skip the two
        // Unicode normalisations, which dominate the cost of fingerprinting an article.
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Drops what a reader cannot have meant to type: control characters become spaces, invisible
    /// formatting characters (a right-to-left override, zero-width spaces) and broken surrogates go.
    /// </summary>
    public static string Sanitize(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                i += consumed;
                continue;
            }
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control:
                    clean.Append(' ');
                    break;
                case UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    break;
                default:
                    clean.Append(text, i, consumed);
                    break;
            }
            i += consumed;
        }
        return clean.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWordCharacter(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.LetterNumber;

    /// <summary>A combining mark (Unicode categories Mn, Mc, Me): an accent, a vowel sign, a variation selector.</summary>
    public static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
