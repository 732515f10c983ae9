using System.Text.RegularExpressions;

namespace ExtractionBench;

/// <summary>
/// The corpus's metric: text split into \w+ tokens (case kept), each text the multiset of its word
/// 4-grams (fewer than 4 tokens: one shingle of them all); per page TP is the multiset intersection.
/// </summary>
public static partial class Shingles
{
    public static Dictionary<string, int> Of(string text)
    {
        var tokens = Word().Matches(text).Select(match => match.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return counts;
        }
        if (tokens.Count < 4)
        {
            counts[string.Join(' ', tokens)] = 1;
            return counts;
        }
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(4));
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }
        return counts;
    }

    /// <summary>(TP, FP, FN) of an extraction against the gold text.</summary>
    public static (int TruePositives, int FalsePositives, int FalseNegatives) Compare(string extracted, string gold)
    {
        var ours = Of(extracted);
        var theirs = Of(gold);
        var shared = ours.Sum(pair => Math.Min(pair.Value, theirs.GetValueOrDefault(pair.Key)));
        return (shared, ours.Values.Sum() - shared, theirs.Values.Sum() - shared);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
