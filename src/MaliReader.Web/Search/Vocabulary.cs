using System.Collections.Frozen;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Search;

/// <summary>
/// Every word form the articles use, with how often, which forms share an English stem (the forms
/// that count as one word), and which hyphenated words may be written closed ("e-mail" as "email"):
/// the source of word variants and of "did you mean". Built once per content snapshot.
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, int> _frequency;
    private readonly FrozenDictionary<string, string[]> _formsByStem;
    private readonly FrozenDictionary<string, string> _stemByForm;
    private readonly string[] _sortedForms;
    private readonly FrozenDictionary<string, string[][]> _compounds;
    private readonly FrozenDictionary<int, (string Word, int Frequency)[]> _byLength;
    private readonly FrozenDictionary<string, string[]> _pairsByCharacter;

    /// <param name="tokenizedTexts">Each text's search tokens.</param>
    public Vocabulary(IEnumerable<IReadOnlyList<SearchToken>> tokenizedTexts)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var compounds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var tokens in tokenizedTexts)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                frequency[tokens[i].Form] = frequency.GetValueOrDefault(tokens[i].Form) + 1;
                if (tokens[i].JoinedToNext && (i == 0 || !tokens[i - 1].JoinedToNext))
                {
                    var end = i;
                    while (end + 1 < tokens.Count && tokens[end].JoinedToNext)
                    {
                        end++;
                    }
                    var parts = tokens.Skip(i).Take(end - i + 1).Select(token => token.Form).ToList();
                    var joined = string.Concat(parts);
                    if (!compounds.TryGetValue(joined, out var spellings))
                    {
                        compounds[joined] = spellings = new HashSet<string>(StringComparer.Ordinal);
                    }
                    spellings.Add(string.Join(' ', parts));
                }
            }
        }
        _frequency = frequency.ToFrozenDictionary(StringComparer.Ordinal);
        _formsByStem = frequency.Keys
            .GroupBy(SearchTokens.Stem, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _stemByForm = _formsByStem
            .SelectMany(group => group.Value.Select(form => (Form: form, Stem: group.Key)))
            .ToFrozenDictionary(item => item.Form, item => item.Stem, StringComparer.Ordinal);
        _sortedForms = [.. frequency.Keys.Order(StringComparer.Ordinal)];
        _compounds = compounds.ToFrozenDictionary(entry => entry.Key,
            entry => entry.Value.Order(StringComparer.Ordinal).Select(spelling => spelling.Split(' ')).ToArray(), StringComparer.Ordinal);
        _byLength = frequency
            .Where(entry => IsCorrectable(entry.Key) && !SearchQuery.StopWords.Contains(entry.Key))
            .GroupBy(entry => entry.Key.Length)
            .ToFrozenDictionary(group => group.Key, group => group.Select(entry => (entry.Key, entry.Value)).ToArray());
        _pairsByCharacter = frequency.Keys
            .Select(form => (Form: form, Characters: UnspacedPair(form)))
            .Where(pair => pair.Characters is not null)
            .SelectMany(pair => pair.Characters!.Distinct(StringComparer.Ordinal).Select(character => (Character: character, Pair: pair.Form)))
            .GroupBy(item => item.Character, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(item => item.Pair).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The two characters of a pair that a run of an unspaced script is indexed as (<see cref="SearchTokens"/>), each one or
    /// two UTF-16 units; null for any other form.
    /// </summary>
    private static string[]? UnspacedPair(string form)
    {
        var first = Words.UnspacedLength(form);
        if (first == 0 || first >= form.Length)
        {
            return null;
        }
        var second = Words.UnspacedLength(form.AsSpan(first));
        return first + second == form.Length && second > 0 ? [form[..first], form[first..]] : null;
    }

    public static Vocabulary Of(params string[] texts) => new(texts.Select(text => SearchTokens.Of(text)));

    public int Count => _frequency.Count;

    public bool Contains(string word) => _frequency.ContainsKey(SearchTokens.Form(word));

    /// <summary>The articles' forms that count as the word <paramref name="form"/>: those with its English stem.</summary>
    public IReadOnlyList<string> Variants(string form) => _formsByStem.GetValueOrDefault(SearchTokens.Stem(form)) ?? [];

    /// <summary>The English stem of a form, looked up for the articles' own forms rather than computed again.</summary>
    public string StemOf(string form) => _stemByForm.GetValueOrDefault(form) ?? SearchTokens.Stem(form);

    /// <summary>The articles' forms that start with <paramref name="prefix"/>, in ordinal order.</summary>
    public IEnumerable<string> FormsStartingWith(string prefix)
    {
        var index = Array.BinarySearch(_sortedForms, prefix, StringComparer.Ordinal);
        for (var i = index < 0 ? ~index : index; i < _sortedForms.Length && _sortedForms[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _sortedForms[i];
        }
    }

    /// <summary>
    /// The pairs of characters the articles' runs of Chinese, Japanese, Thai… are indexed as
    /// (<see cref="SearchTokens"/>) that begin or end with <paramref name="character"/>: where a character
    /// typed alone stands in those runs.
    /// </summary>
    public IReadOnlyList<string> UnspacedPairsWith(string character) => _pairsByCharacter.GetValueOrDefault(character) ?? [];

    /// <summary>The hyphenated spellings of a closed form the articles use: "email" → ["e", "mail"].</summary>
    public IReadOnlyList<string[]> HyphenatedSpellings(string form) => _compounds.GetValueOrDefault(form) ?? [];

    /// <summary>True when the articles hold the word in some form: as written, another form of its stem, or hyphenated.</summary>
    public bool Knows(string form) => Variants(form).Count > 0 || _compounds.ContainsKey(form);

    /// <summary>
    /// Words worth correcting: three letters or more and no digit. One edit turns a word of two letters
    /// into dozens of others, and numbers are not misspelt the way words are. Nor are words holding a character beyond
    /// the Basic Multilingual Plane (a pair of CJK characters with 𠮷 in it): edits count UTF-16 units and would cut it in two.
    /// </summary>
    public static bool IsCorrectable(string word) => word.Length >= 3 && !word.Any(c => char.IsDigit(c) || char.IsSurrogate(c));

    /// <summary>
    /// The article word closest to <paramref name="word"/>: at most one edit away for words of up to
    /// four letters, two for longer ones (an edit being an insertion, deletion, substitution or swap
    /// of neighbours); the nearest wins, then the most frequent. Null when none is close enough.
    /// </summary>
    public string? Closest(string word)
    {
        var form = SearchTokens.Form(word);
        if (!IsCorrectable(form) || _frequency.ContainsKey(form))
        {
            return null;
        }
        var allowed = form.Length <= 6 ? 1 : 2;
        (string Word, int Distance, int Frequency)? best = null;
        for (var length = form.Length - allowed; length <= form.Length + allowed; length++)
        {
            foreach (var (candidate, frequency) in _byLength.GetValueOrDefault(length) ?? [])
            {
                var distance = EditDistance.Between(form, candidate, allowed);
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
