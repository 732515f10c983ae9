using System.Collections.Frozen;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Search;

/// <summary>
/// Every word the articles use, folded, with how often: the source of "did you mean". Built once
/// per content snapshot.
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, int> _frequency;
    private readonly FrozenDictionary<int, (string Word, int Frequency)[]> _byLength;

    public Vocabulary(IEnumerable<string> texts)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var (start, length) in Words.Spans(text))
            {
                var word = Words.Fold(text.Substring(start, length));
                // A stop word is never a useful correction.
                if (IsCorrectable(word) && !SearchQuery.StopWords.Contains(word))
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }
            }
        }
        _frequency = frequency.ToFrozenDictionary(StringComparer.Ordinal);
        _byLength = frequency
            .GroupBy(entry => entry.Key.Length)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => (entry.Key, entry.Value)).ToArray());
    }

    public static Vocabulary From(ContentSnapshot snapshot) =>
        new(snapshot.Articles.SelectMany(article => article.Paragraphs).Select(paragraph => paragraph.Text));

    public int Count => _frequency.Count;

    public bool Contains(string word) => _frequency.ContainsKey(Words.Fold(word));

    /// <summary>Words worth correcting: two letters or more and not a number.</summary>
    public static bool IsCorrectable(string word) => word.Length >= 2 && !word.Any(char.IsDigit);

    /// <summary>
    /// The article word closest to <paramref name="word"/>: at most one edit away for words of up to
    /// four letters, two for longer ones (an edit being an insertion, deletion, substitution or swap
    /// of neighbours); the nearest wins, then the most frequent. Null when none is close enough.
    /// </summary>
    public string? Closest(string word)
    {
        var folded = Words.Fold(word);
        if (!IsCorrectable(folded) || _frequency.ContainsKey(folded))
        {
            return null;
        }
        var allowed = folded.Length <= 4 ? 1 : 2;
        (string Word, int Distance, int Frequency)? best = null;
        for (var length = folded.Length - allowed; length <= folded.Length + allowed; length++)
        {
            foreach (var (candidate, frequency) in _byLength.GetValueOrDefault(length) ?? [])
            {
                var distance = EditDistance.Between(folded, candidate, allowed);
                if (distance > allowed)
                {
                    continue;
                }
                if (best is not { } current
                    || distance < current.Distance
                    || (distance == current.Distance && frequency > current.Frequency)
                    || (distance == current.Distance && frequency == current.Frequency && string.CompareOrdinal(candidate, current.Word) < 0))
                {
                    best = (candidate, distance, frequency);
                }
            }
        }
        return best?.Word;
    }
}

public static class EditDistance
{
    /// <summary>
    /// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
    /// and swaps of two neighbours), or any number above <paramref name="max"/> once it is certain
    /// to exceed it.
    /// </summary>
    public static int Between(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        // Three rows of the distance table, rotated: the one before the previous is needed for swaps.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var (before, previous, current) = (0, width, 2 * width);
        for (var j = 0; j < width; j++)
        {
            rows[previous + j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            rows[current] = i;
            var rowMinimum = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[before + j - 2] + 1);
                }
                rows[current + j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > max)
            {
                return max + 1;
            }
            (before, previous, current) = (previous, current, before);
        }
        return rows[previous + b.Length];
    }
}
