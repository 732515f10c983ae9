using DiffPlex;
using DiffPlex.Chunkers;

namespace MaliReader.Web.Compare;

/// <summary>
/// The differences that matter between two paragraphs that report the same thing. A word-level
/// diff (DiffPlex, over the words' comparison keys, so case and punctuation never differ) finds the
/// changed runs; a run whose words are all function words, or all found elsewhere in the other
/// paragraph, or in a related spelling (a reordering, "Mali"/"Malian"), is phrasing and dropped. What is left is typed: a <c>Number</c> when
/// each side holds a different number, a <c>Name</c> when each side holds a capitalised word spelled
/// alike, a <c>Term</c> when one named word stands where the other side has one other word.
/// Clauses found in one account only are <see cref="ClaimFinder"/>'s.
/// </summary>
public static class ParagraphDiffer
{
    /// <summary>Two capitalised words this alike (Dice over letter trigrams, same initial) are one name spelled two ways.</summary>
    private const double SameNameSpelling = 0.2;

    public static IReadOnlyList<Difference> Differences(string leftText, string rightText)
    {
        var left = CompareWords.Of(leftText);
        var right = CompareWords.Of(rightText);
        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', left.Select(word => word.Key)),
            string.Join('\n', right.Select(word => word.Key)),
            ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);

        var differences = new List<Difference>();
        foreach (var block in diff.DiffBlocks)
        {
            var leftRun = Changed(left, block.DeleteStartA, block.DeleteCountA, right);
            var rightRun = Changed(right, block.InsertStartB, block.InsertCountB, left);
            if (Classify(leftText, leftRun, rightText, rightRun) is { } difference)
            {
                differences.Add(difference);
            }
        }
        return differences;
    }

    /// <summary>
    /// The content words of a changed run that the other paragraph does not hold anywhere: words
    /// that only moved, and grammar words, are not differences.
    /// </summary>
    private static List<CompareWord> Changed(IReadOnlyList<CompareWord> words, int start, int count, IReadOnlyList<CompareWord> other) =>
        words.Skip(start).Take(count)
            .Where(word => !FunctionWords.Contains(word.Key))
            .Where(word => !other.Any(candidate => ParagraphSimilarity.WordMatch(word.Key, candidate.Key) > 0))
            .ToList();

    private static Difference? Classify(string leftText, List<CompareWord> left, string rightText, List<CompareWord> right)
    {
        if (left.Count == 0 && right.Count == 0)
        {
            return null;
        }
        var leftNumbers = left.Where(IsNumberOrDate).ToList();
        var rightNumbers = right.Where(IsNumberOrDate).ToList();
        if (leftNumbers.Count > 0 && rightNumbers.Count > 0)
        {
            return new Difference(DifferenceKind.Number, Range(leftText, leftNumbers), Range(rightText, rightNumbers));
        }
        foreach (var leftName in left.Where(IsNameLike))
        {
            if (right.Where(IsNameLike).FirstOrDefault(rightName => SpelledAlike(leftName, rightName)) is { } rightName)
            {
                return new Difference(DifferenceKind.Name, Range(leftText, [leftName]), Range(rightText, [rightName]));
            }
        }
        var leftContent = left.Where(word => !IsNumberOrDate(word)).ToList();
        var rightContent = right.Where(word => !IsNumberOrDate(word)).ToList();
        if (leftContent.Count == 1 && rightContent.Count == 1 && (IsNameLike(leftContent[0]) || IsNameLike(rightContent[0])))
        {
            return new Difference(DifferenceKind.Term, Range(leftText, leftContent), Range(rightText, rightContent));
        }
        return null;
    }

    private static bool IsNameLike(CompareWord word) => word.IsCapitalized && !IsNumberOrDate(word);

    private static bool IsNumberOrDate(CompareWord word) => word.IsNumber || DateWords.Contains(word.Key);

    private static readonly HashSet<string> DateWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.Select(CompareWords.KeyOf).ToHashSet(StringComparer.Ordinal);

    private static bool SpelledAlike(CompareWord first, CompareWord second) =>
        char.ToUpperInvariant(first.Text[0]) == char.ToUpperInvariant(second.Text[0])
        && ParagraphSimilarity.SpellingSimilarity(first.Key, second.Key) >= SameNameSpelling;

    /// <summary>The text from the first to the last of <paramref name="words"/>, in the paragraph's own spelling.</summary>
    public static WordRange Range(string text, IReadOnlyList<CompareWord> words)
    {
        var start = words[0].Start;
        var end = words[^1].Start + words[^1].Length;
        return new WordRange(start, end - start, text[start..end]);
    }
}
