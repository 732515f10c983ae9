using MaliReader.Web.Articles;

namespace MaliReader.Web.Compare;

/// <summary>
/// Aligns the paragraphs of a story's accounts and lists their differences. For each two accounts,
/// every paragraph of one is scored against every paragraph of the other with
/// <see cref="ParagraphSimilarity"/>; a pair is kept when it is the best counterpart of at least one
/// of its paragraphs (so one paragraph may pair with the two halves of a split one) and scores
/// clearly above the background of that account pair: at least the mean plus one standard deviation
/// of all its scores, and never below <see cref="MinimumScore"/>; or when the shorter paragraph is
/// nearly all held by the longer (a piece split off it).
/// </summary>
public static class StoryComparer
{
    /// <summary>A floor under the background threshold, so stories with little in common pair nothing by chance.</summary>
    public const double MinimumScore = 0.15;

    /// <summary>
    /// Compares the accounts of one story. <paramref name="library"/> gives the word weights: every
    /// paragraph the app holds, so a word common across the library ("said", "Mali") weighs little;
    /// without it the story's own paragraphs are used.
    /// </summary>
    public static StoryComparison Compare(IReadOnlyList<Article> accounts, WordWeights? library = null)
    {
        var story = accounts.Count > 0 ? accounts[0].Story : "";
        var similarity = new ParagraphSimilarity(library ?? WordWeights.From(accounts.SelectMany(a => a.Paragraphs).Select(p => p.Text)));
        var words = accounts.SelectMany(a => a.Paragraphs).ToDictionary(p => p.Id, p => CompareWords.Of(p.Text));

        var matches = new List<(Paragraph Left, Paragraph Right, double Score)>();
        for (var a = 0; a < accounts.Count; a++)
        {
            for (var b = a + 1; b < accounts.Count; b++)
            {
                matches.AddRange(Align(accounts[a], accounts[b], similarity, words));
            }
        }

        var accountText = accounts.ToDictionary(a => a.Slug, a => a.Paragraphs.Select(p => p.Text).ToList());
        // A clause that the other account reports nowhere is a claim of its own account; it is
        // listed once, with its paragraph's best pair in that other account.
        var bestPair = matches
            .SelectMany(m => new[] { (Key: (m.Left.Id, m.Right.Slug), Match: m), (Key: (m.Right.Id, m.Left.Slug), Match: m) })
            .GroupBy(entry => entry.Key)
            .ToDictionary(group => group.Key, group => group.MaxBy(entry => entry.Match.Score).Match);

        var pairs = matches.Select(m =>
        {
            var differences = ParagraphDiffer.Differences(m.Left.Text, m.Right.Text).ToList();
            if (bestPair[(m.Left.Id, m.Right.Slug)] == m)
            {
                differences.AddRange(ClaimFinder.Unreported(m.Left.Text, accountText[m.Right.Slug], similarity)
                    .Select(range => new Difference(DifferenceKind.Claim, range, null)));
            }
            if (bestPair[(m.Right.Id, m.Left.Slug)] == m)
            {
                differences.AddRange(ClaimFinder.Unreported(m.Right.Text, accountText[m.Left.Slug], similarity)
                    .Select(range => new Difference(DifferenceKind.Claim, null, range)));
            }
            return new ParagraphPair(m.Left.Id, m.Right.Id, Math.Round(m.Score, 3), WithoutClaimsOnTypedWords(differences));
        }).ToList();

        var paired = matches.SelectMany(m => new[] { m.Left.Id, m.Right.Id }).ToHashSet(StringComparer.Ordinal);
        var unmatched = accounts.SelectMany(a => a.Paragraphs)
            .Where(p => !paired.Contains(p.Id))
            .Select(p => p.Id)
            .ToList();
        return new StoryComparison(story, accounts.Select(a => a.Slug).ToList(), pairs, unmatched);
    }

    /// <summary>A word already shown as a changed name or term is not also a claim.</summary>
    private static List<Difference> WithoutClaimsOnTypedWords(List<Difference> differences)
    {
        var typed = differences.Where(d => d.Kind != DifferenceKind.Claim).ToList();
        return differences.Where(d => d.Kind != DifferenceKind.Claim
            || !typed.Any(t => Overlaps(t.Left, d.Left) || Overlaps(t.Right, d.Right))).ToList();

        static bool Overlaps(WordRange? a, WordRange? b) =>
            a is not null && b is not null && a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
    }

    private static IEnumerable<(Paragraph Left, Paragraph Right, double Score)> Align(
        Article left, Article right, ParagraphSimilarity similarity, Dictionary<string, IReadOnlyList<CompareWord>> words)
    {
        var scores = new double[left.Paragraphs.Count, right.Paragraphs.Count];
        var all = new List<double>();
        for (var i = 0; i < left.Paragraphs.Count; i++)
        {
            for (var j = 0; j < right.Paragraphs.Count; j++)
            {
                scores[i, j] = similarity.Of(words[left.Paragraphs[i].Id], words[right.Paragraphs[j].Id]);
                all.Add(scores[i, j]);
            }
        }
        if (all.Count == 0)
        {
            yield break;
        }
        var mean = all.Average();
        var deviation = Math.Sqrt(all.Sum(score => (score - mean) * (score - mean)) / all.Count);
        var threshold = Math.Max(MinimumScore, mean + deviation);

        for (var i = 0; i < left.Paragraphs.Count; i++)
        {
            for (var j = 0; j < right.Paragraphs.Count; j++)
            {
                var score = scores[i, j];
                var isBest = IsBestInRow(scores, i, j) || IsBestInColumn(scores, i, j);
                if (isBest && (score >= threshold
                    || IsContained(words[left.Paragraphs[i].Id], words[right.Paragraphs[j].Id], similarity)
                    || IsContained(words[right.Paragraphs[j].Id], words[left.Paragraphs[i].Id], similarity)))
                {
                    yield return (left.Paragraphs[i], right.Paragraphs[j], score);
                }
            }
        }
    }

    /// <summary>
    /// A short paragraph whose content words the other paragraph nearly all holds is a piece split
    /// off it ("The warehouse was opened in 1987."), though the two score low: the longer one says much more.
    /// </summary>
    private static bool IsContained(IReadOnlyList<CompareWord> part, IReadOnlyList<CompareWord> whole, ParagraphSimilarity similarity) =>
        part.Count(word => !FunctionWords.Contains(word.Key)) >= MinimumContainedWords
        && part.Count < whole.Count
        && similarity.Coverage(part, whole) >= ContainedCoverage;

    /// <summary>Share of a short paragraph's word weight the longer one must hold for it to be a piece split off it.</summary>
    public const double ContainedCoverage = 0.85;

    /// <summary>Fewer content words than this say too little to be placed by containment alone.</summary>
    public const int MinimumContainedWords = 3;

    private static bool IsBestInRow(double[,] scores, int row, int column)
    {
        for (var j = 0; j < scores.GetLength(1); j++)
        {
            if (scores[row, j] > scores[row, column])
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsBestInColumn(double[,] scores, int row, int column)
    {
        for (var i = 0; i < scores.GetLength(0); i++)
        {
            if (scores[i, column] > scores[row, column])
            {
                return false;
            }
        }
        return true;
    }
}
