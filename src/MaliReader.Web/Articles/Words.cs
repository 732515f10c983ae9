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
    /// Burmese): a run of them is many words, not one.
    /// </summary>
    public static bool IsWrittenWithoutSpaces(char c) => c switch
    {
        // The letters of the CJK Symbols and Punctuation block are written inside runs of ideographs and kana:
        // iteration marks (人々, and 〻 〱), the closing mark 〆, the ideographic zero 〇, the Hangzhou numerals (〡〢〣).
        // The rest of the block is punctuation (、。「」), which separates words anyway.
        >= '\u3000' and <= '\u303F' => IsWordCharacter(new Rune(c)),
        >= '\u3040' and <= '\u30FF' => true, // Hiragana, Katakana
        >= '\u3400' and <= '\u4DBF' => true, // CJK Extension A
        >= '\u4E00' and <= '\u9FFF' => true, // CJK Unified Ideographs
        >= '\uF900' and <= '\uFAFF' => true, // CJK Compatibility Ideographs
        >= '\u0E00' and <= '\u0EFF' => true, // Thai, Lao
        >= '\u1780' and <= '\u17FF' => true, // Khmer
        >= '\u1000' and <= '\u109F' => true, // Myanmar
        _ => false,
    };

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

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
