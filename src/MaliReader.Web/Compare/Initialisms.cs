namespace MaliReader.Web.Compare;

/// <summary>
/// An abbreviation beside its spelled-out form: "UN" / "United Nations", "U.S." / "United States",
/// "UNSC" / "United Nations Security Council". An abbreviation is a word of 2 to
/// <see cref="MaxLetters"/> capital letters (dots allowed, no small letters); it stands for a run of
/// capitalised words in the other passage whose initials spell it, where function words inside the
/// run ("Bank *for* International Settlements", "Organization *of* American States") may be skipped.
/// Two guards against a chance spelling, both seen in scored headline pairs: a function word is never an
/// initial, even capitalised ("Although I" is not "AI"), and an abbreviation that the other passage writes
/// too ("US" / "U.S.") is that same word there, not spelled out by a title-cased "Use in Syria".
/// </summary>
public static class Initialisms
{
    public const int MaxLetters = 6;

    /// <summary>
    /// The places in <paramref name="words"/> of the words that <paramref name="other"/> states in the other form:
    /// abbreviations of <paramref name="words"/> spelled out in <paramref name="other"/>, and words of
    /// <paramref name="words"/> that spell out an abbreviation of <paramref name="other"/>. Empty when there are none.
    /// </summary>
    public static IReadOnlySet<int> Explained(IReadOnlyList<CompareWord> words, IReadOnlyList<CompareWord> other)
    {
        HashSet<int>? explained = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (LettersOf(words[i]) is { } letters && !Writes(other, words[i]) && SpelledOutRuns(letters, other).Any())
            {
                (explained ??= []).Add(i);
            }
        }
        foreach (var abbreviation in other)
        {
            if (LettersOf(abbreviation) is not { } letters || Writes(words, abbreviation))
            {
                continue;
            }
            foreach (var (start, end) in SpelledOutRuns(letters, words))
            {
                explained ??= [];
                for (var i = start; i < end; i++)
                {
                    explained.Add(i);
                }
            }
        }
        return explained ?? NoWords;
    }

    private static readonly HashSet<int> NoWords = [];

    private static bool Writes(IReadOnlyList<CompareWord> words, CompareWord abbreviation) =>
        words.Any(word => word.Key == abbreviation.Key);

    /// <summary>The capital letters of an abbreviation ("U.N." → "UN"), or null when the word is not one.</summary>
    public static string? LettersOf(CompareWord word)
    {
        var text = word.Text;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return null;
            }
        }
        return letters is >= 2 and <= MaxLetters ? text.Replace(".", "", StringComparison.Ordinal) : null;
    }

    /// <summary>Runs [start, end) of <paramref name="words"/> whose capitalised words' initials spell <paramref name="letters"/>.</summary>
    private static IEnumerable<(int Start, int End)> SpelledOutRuns(string letters, IReadOnlyList<CompareWord> words)
    {
        for (var start = 0; start + letters.Length <= words.Count; start++)
        {
            var at = start;
            var matched = 0;
            while (matched < letters.Length && at < words.Count)
            {
                var word = words[at];
                if (word.IsCapitalized && LettersOf(word) is null && !FunctionWords.Contains(word.Key) && char.ToUpperInvariant(word.Text[0]) == letters[matched])
                {
                    matched++;
                    at++;
                }
                else if (matched > 0 && FunctionWords.Contains(word.Key) && !word.IsCapitalized)
                {
                    at++;
                }
                else
                {
                    break;
                }
            }
            if (matched == letters.Length)
            {
                yield return (start, at);
            }
        }
    }
}
