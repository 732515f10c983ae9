namespace MaliReader.Web.Compare;

/// <summary>
/// Clauses of a paragraph that its counterparts do not report. A paragraph is cut into clauses at
/// sentence and clause punctuation (fragments under <see cref="MinimumClauseWords"/> words join
/// their neighbour); a clause is a claim of its own account when less than
/// <see cref="ReportedCoverage"/> of its content-word weight is found anywhere in the other account.
/// </summary>
public static class ClaimFinder
{
    public const int MinimumClauseWords = 4;

    /// <summary>Below this share of its weight found elsewhere, a clause is not reported by the other account.</summary>
    public const double ReportedCoverage = 0.25;

    /// <summary>The unreported clauses of <paramref name="text"/>, each as the run from its first to its last unfound content word.</summary>
    public static IReadOnlyList<WordRange> Unreported(string text, IEnumerable<string> otherAccount, ParagraphSimilarity similarity)
    {
        var other = otherAccount.SelectMany(CompareWords.Of).ToList();
        var claims = new List<WordRange>();
        foreach (var clause in Clauses(text))
        {
            var content = clause.Where(word => !FunctionWords.Contains(word.Key)).ToList();
            if (content.Count == 0 || similarity.Coverage(content, other) >= ReportedCoverage)
            {
                continue;
            }
            var unfound = content.Where(word => !other.Any(candidate => ParagraphSimilarity.WordMatch(word.Key, candidate.Key) > 0)).ToList();
            if (unfound.Count > 0)
            {
                claims.Add(ParagraphDiffer.Range(text, unfound));
            }
        }
        return claims;
    }

    /// <summary>The words of each clause, in order.</summary>
    public static List<List<CompareWord>> Clauses(string text)
    {
        var clauses = new List<List<CompareWord>>();
        var current = new List<CompareWord>();
        var words = CompareWords.Of(text);
        for (var i = 0; i < words.Count; i++)
        {
            current.Add(words[i]);
            var gapEnd = i + 1 < words.Count ? words[i + 1].Start : text.Length;
            var gap = text.AsSpan(words[i].Start + words[i].Length, gapEnd - words[i].Start - words[i].Length);
            // A short fragment ("Specifically,") is carried into the next clause rather than judged alone.
            if (gap.IndexOfAny(ClauseBreaks) >= 0 && current.Count >= MinimumClauseWords)
            {
                clauses.Add(current);
                current = [];
            }
        }
        if (current.Count > 0)
        {
            clauses.Add(current);
        }
        // A trailing fragment too short to stand alone belongs to the clause before it.
        if (clauses.Count > 1 && clauses[^1].Count < MinimumClauseWords)
        {
            clauses[^2].AddRange(clauses[^1]);
            clauses.RemoveAt(clauses.Count - 1);
        }
        return clauses;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks =
        System.Buffers.SearchValues.Create(".;:!?,–—()");
}
