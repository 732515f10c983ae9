using MaliReader.Web.Articles;

namespace MaliReader.Web.Compare;

/// <summary>
/// One word of a passage as comparison sees it. <c>Key</c> is what two words must share to count
/// as the same word: folded (case and accents ignored) and with a plain English ending removed, so
/// "Arms" and "arm" meet. <c>Start</c>/<c>Length</c> are UTF-16 offsets into the passage.
/// </summary>
public sealed record CompareWord(string Text, string Key, int Start, int Length)
{
    public bool IsNumber => char.IsAsciiDigit(Key[0]);

    /// <summary>Starts with a capital letter: a name, or a word that opens a sentence.</summary>
    public bool IsCapitalized => char.IsUpper(Text[0]);
}

public static class CompareWords
{
    /// <summary>
    /// The words of <paramref name="text"/> in order. Initialisms written with dots ("U.N.") are one
    /// word, as are digits grouped by thousands ("1,000"), so they meet their undotted spellings.
    /// </summary>
    public static IReadOnlyList<CompareWord> Of(string text)
    {
        var spans = Words.Spans(text);
        var words = new List<CompareWord>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            var end = start + length;
            var parts = new List<string> { text.Substring(start, length) };
            while (i + 1 < spans.Count && JoinsNext(text, parts[^1], end, spans[i + 1]))
            {
                i++;
                parts.Add(text.Substring(spans[i].Start, spans[i].Length));
                end = spans[i].Start + spans[i].Length;
            }
            var joined = string.Concat(parts);
            words.Add(new CompareWord(text[start..end], KeyOf(joined), start, end - start));
        }
        return words;
    }

    /// <summary>The comparison key of one word: folded, with a regular English ending removed.</summary>
    public static string KeyOf(string word)
    {
        var folded = Words.Fold(word);
        if (char.IsAsciiDigit(folded[0]))
        {
            return folded;
        }
        // A light stemmer rather than Porter's: it merges the inflections that matter for matching
        // ("weapons", "armed", "arming", "operate"/"operating") and rarely merges distinct words.
        var key = folded;
        if (key.Length > 4 && key.EndsWith("ies", StringComparison.Ordinal))
        {
            key = key[..^3] + "y";
        }
        else if (key.EndsWith("sses", StringComparison.Ordinal))
        {
            key = key[..^2];
        }
        else if (key.Length > 3 && key[^1] == 's' && !key.EndsWith("ss", StringComparison.Ordinal)
            && !key.EndsWith("us", StringComparison.Ordinal) && !key.EndsWith("is", StringComparison.Ordinal))
        {
            key = key[..^1];
        }
        foreach (var ending in VerbEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                key = key[..^ending.Length];
                break;
            }
        }
        // A final "e" goes too, so "operate" meets "operating" and "inmate" meets "inmates".
        return key.Length > 3 && key[^1] == 'e' ? key[..^1] : key;
    }

    private static readonly string[] VerbEndings = ["ing", "ed"];

    private static bool JoinsNext(string text, string current, int end, (int Start, int Length) next)
    {
        if (next.Start != end + 1)
        {
            return false;
        }
        var separator = text[end];
        var nextWord = text.AsSpan(next.Start, next.Length);
        // "U.S." / "U.N.": single letters each followed by a dot.
        if (separator == '.' && current.Length == 1 && char.IsLetter(current[0]) && nextWord.Length == 1 && char.IsLetter(nextWord[0]))
        {
            return true;
        }
        // "1,000" / "2.500": a group of exactly three digits after a number.
        return separator is ',' or '.' && current.All(char.IsAsciiDigit) && nextWord.Length == 3 && IsDigits(nextWord);
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
