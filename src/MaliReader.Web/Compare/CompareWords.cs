using MaliReader.Web.Articles;
using MaliReader.Web.Search;

namespace MaliReader.Web.Compare;

/// <summary>
/// One word of a passage as comparison sees it. <c>Key</c> is what two words must share to count
/// as the same word: folded (case and accents ignored) and stemmed (Porter2), so "Arms" and "arm" meet. <c>Start</c>/<c>Length</c> are UTF-16 offsets into the passage.
/// </summary>
public sealed record CompareWord(string Text, string Key, int Start, int Length)
{
    public bool IsNumber => char.IsAsciiDigit(Key[0]);

    /// <summary>Starts with a capital letter: a name, or a word that opens a sentence.</summary>
    public bool IsCapitalized => char.IsUpper(Text[0]);
}

public static partial class CompareWords
{
    /// <summary>
    /// The words of <paramref name="text"/> in order, as a reader sees them. Initialisms written with dots
    /// ("U.N.") are one word, as are digits grouped by thousands ("1,000"), so they meet their undotted
    /// spellings. Markup is not words: the names and attributes of typed HTML tags ("&lt;b&gt;") are left out,
    /// and in a Markdown paragraph (<paramref name="inlineMarkup"/>) so are a link's hidden address and title
    /// (<see cref="Rendering.ParagraphMarkup.Layout"/>), so a quoted difference never starts or ends inside them.
    /// </summary>
    public static IReadOnlyList<CompareWord> Of(string text, bool inlineMarkup = false)
    {
        var spans = CharactersOfUnspacedScripts(text, Words.Spans(text));
        spans = WithoutMarkup(text, spans, inlineMarkup);
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

    private static List<(int Start, int Length)> WithoutMarkup(string text, List<(int Start, int Length)> spans, bool inlineMarkup)
    {
        var hidden = new List<(int Start, int End)>();
        if (text.Contains('<'))
        {
            hidden.AddRange(TypedTag().Matches(text).Select(tag => (tag.Index, tag.Index + tag.Length)));
        }
        // Only a link written as [words](address) hides words: the rest need not be parsed (as search does).
        if (inlineMarkup && text.Contains("](", StringComparison.Ordinal))
        {
            hidden.AddRange(Rendering.ParagraphMarkup.Layout(text, inlineMarkup).Hidden.Select(range => (range.Start, range.End)));
        }
        return hidden.Count == 0 ? spans
            : spans.Where(span => !hidden.Exists(range => span.Start < range.End && range.Start < span.Start + span.Length)).ToList();
    }

    // An opening or closing tag as typed: "<b>", "</span>", "<a href='…'>"; attributes are bounded, so
    // the match cannot run far.
    [System.Text.RegularExpressions.GeneratedRegex("""</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>""")]
    private static partial System.Text.RegularExpressions.Regex TypedTag();

    /// <summary>
    /// Scripts written without spaces (Chinese, Japanese, Thai: <see cref="Words.IsWrittenWithoutSpaces"/>)
    /// give whole phrases as one span; each of their characters (with its combining marks) becomes a word
    /// of its own, so two accounts differ by the characters that changed rather than by whole runs.
    /// Letters of other scripts next to them ("G7各国") stay one word.
    /// </summary>
    private static List<(int Start, int Length)> CharactersOfUnspacedScripts(string text, List<(int Start, int Length)> spans)
    {
        // A quick way out for most text: every such script lies in this range.
        if (!spans.Exists(span => text.AsSpan(span.Start, span.Length).ContainsAnyInRange('\u0E00', '\uFAFF')))
        {
            return spans;
        }
        var split = new List<(int Start, int Length)>(spans.Count);
        foreach (var (start, length) in spans)
        {
            var end = start + length;
            var pieceStart = start;
            for (var at = start; at < end;)
            {
                var element = System.Globalization.StringInfo.GetNextTextElementLength(text.AsSpan(at, end - at));
                if (Words.IsWrittenWithoutSpaces(text[at]))
                {
                    if (pieceStart < at)
                    {
                        split.Add((pieceStart, at - pieceStart));
                    }
                    split.Add((at, element));
                    pieceStart = at + element;
                }
                at += element;
            }
            if (pieceStart < end)
            {
                split.Add((pieceStart, end - pieceStart));
            }
        }
        return split;
    }

    /// <summary>The comparison key of one word: folded, with a regular English ending removed.</summary>
    public static string KeyOf(string word)
    {
        var folded = Words.Fold(word);
        if (char.IsAsciiDigit(folded[0]))
        {
            return folded;
        }
        // "three" and "3" state the same figure, and a differing one should count as a differing number.
        if (NumberWords.TryGetValue(folded, out var digits))
        {
            return digits;
        }
        // Porter2 (Snowball's English stemmer, the one search uses) merges the inflections that matter
        // for matching: "weapons"/"weapon", "arming"/"arms", "operate"/"operating".
        return SearchTokens.Stem(folded);
    }

    // From two: "one" is as often a pronoun ("one of the ...") as a figure.
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["thirteen"] = "13",
        ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18",
        ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30", ["forty"] = "40", ["fifty"] = "50",
        ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90",
    };

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
