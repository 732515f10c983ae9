using MaliReader.Web.Articles;

namespace MaliReader.Web.Permalinks;

/// <summary>
/// How alike two passages are: the Dice coefficient over the word bigrams of their normalised words
/// (case, diacritics and punctuation ignored), from 0 (no two words in common in the same order)
/// to 1 (the same words in the same order). Bigrams make word order count, so two passages that
/// merely share common words score low, while a passage with a few words changed scores high.
/// </summary>
public static class PassageSimilarity
{
    public static double Of(string first, string second)
    {
        var firstPairs = WordPairs(first);
        var secondPairs = WordPairs(second);
        if (firstPairs.Count + secondPairs.Count == 0)
        {
            return 0;
        }
        var shared = firstPairs.Count(secondPairs.Contains);
        return 2.0 * shared / (firstPairs.Count + secondPairs.Count);
    }

    /// <summary>Adjacent word pairs; a one-word passage is its word, so it can still match itself.</summary>
    private static HashSet<string> WordPairs(string text)
    {
        var words = Fingerprint.Words(text).ToList();
        if (words.Count == 1)
        {
            return [words[0]];
        }
        return words.Zip(words.Skip(1), (left, right) => $"{left} {right}").ToHashSet(StringComparer.Ordinal);
    }
}
