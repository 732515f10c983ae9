using DiffPlex;
using Lucene.Net.Tartarus.Snowball.Ext;
using MaliReader.Web.Articles;

namespace MaliReader.Web.Compare;

/// <summary>
/// Aligns the paragraphs of a story's accounts and lists their differences. For each two accounts,
/// every paragraph of one is scored against every paragraph of the other with
/// <see cref="ParagraphSimilarity"/>, and paragraphs pair by mutual preference: first those that are
/// each other's best counterpart (above <see cref="MinimumScore"/>) or a piece nearly all held by the
/// other; then, in each gap between paired neighbours, unpaired ones scoring above the median (order
/// vouches for them, as in collating witnesses of a text); then unpaired ones that are each other's
/// best among those left. A paragraph still alone keeps its best counterpart only when that stands
/// clearly above the background (the mean plus one standard deviation of all scores): a summary of
/// a paragraph, or half of a split one.
/// </summary>
public static class StoryComparer
{
    /// <summary>
    /// Names the build of the code a comparison comes from: this app's and the libraries' it calls (the
    /// diff, the stemmer). It is their module version ids, which a deterministic build derives from the
    /// compiled bytes, so a comparison stored by another build, however small the change, is never taken
    /// for one of this build.
    /// </summary>
    public static string CodeVersion => Build.Version;

    // Apart, so that what else the comparer keeps statically does not load the two libraries at start-up.
    private static class Build
    {
        public static readonly string Version = string.Join(' ',
            new[] { typeof(StoryComparer), typeof(Differ), typeof(EnglishStemmer) }
                .Select(type => type.Assembly.ManifestModule.ModuleVersionId.ToString("N")));
    }

    /// <summary>A floor under the background threshold, so stories with little in common pair nothing by chance.</summary>
    public const double MinimumScore = 0.15;

    /// <summary>
    /// The most paragraph pairs one story's comparison scores (summed over each two accounts):
    /// 40,000 is three accounts of about 115 paragraphs, several times a long news report, and a
    /// few seconds of work on one core. Scoring grows with the product of the accounts' lengths, so
    /// longer stories are not aligned at all rather than holding a request for minutes.
    /// </summary>
    public const int MaxParagraphPairs = 40_000;

    /// <summary>
    /// The most word pairs one story's comparison weighs (the product of each two accounts' word counts,
    /// summed): scoring two paragraphs compares every word of one with every word of the other, so the
    /// cost follows words, not paragraphs. Measured on one core: two accounts of TIME's 640 words each
    /// (410,000 pairs) take about 0.2 s; 10 million is about 5 s, three accounts of 1,800 words or six of
    /// 640. A story of seventeen such accounts (56 million) held its pages for minutes before this bound.
    /// </summary>
    public const long MaxWordPairs = 10_000_000;

    /// <summary>How many paragraph pairs comparing these accounts would score.</summary>
    public static long ParagraphPairs(IReadOnlyList<Article> accounts)
    {
        long pairs = 0;
        for (var a = 0; a < accounts.Count; a++)
        {
            for (var b = a + 1; b < accounts.Count; b++)
            {
                pairs += (long)accounts[a].Paragraphs.Count * accounts[b].Paragraphs.Count;
            }
        }
        return pairs;
    }

    /// <summary>
    /// About how many word pairs comparing these accounts would weigh: words counted by the spaces between
    /// them, and each character of a script written without spaces as a word, as <see cref="CompareWords"/> cuts them.
    /// </summary>
    public static long WordPairs(IReadOnlyList<Article> accounts)
    {
        var words = accounts.Select(EstimatedWords).ToArray();
        long pairs = 0;
        for (var a = 0; a < words.Length; a++)
        {
            for (var b = a + 1; b < words.Length; b++)
            {
                pairs += words[a] * words[b];
            }
        }
        return pairs;
    }

    private static long EstimatedWords(Article account)
    {
        long words = 0;
        foreach (var paragraph in account.Paragraphs)
        {
            words++;
            var text = paragraph.Text.AsSpan();
            for (var i = 0; i < text.Length; i++)
            {
                // The second half of a surrogate pair starts no character, so a character beyond the Basic Multilingual Plane counts once.
                if (text[i] == ' ' || Words.UnspacedLength(text[i..]) > 0)
                {
                    words++;
                }
            }
        }
        return words;
    }

    public static bool IsTooLongToCompare(IReadOnlyList<Article> accounts) =>
        ParagraphPairs(accounts) > MaxParagraphPairs || WordPairs(accounts) > MaxWordPairs;

    /// <summary>How big comparing these accounts would be, against the bounds, for a reader: "… pairs of paragraphs and about … pairs of words; …".</summary>
    public static string Extent(IReadOnlyList<Article> accounts) => FormattableString.Invariant(
        $"{ParagraphPairs(accounts):N0} pairs of paragraphs and about {WordPairs(accounts):N0} pairs of words; stories of up to {MaxParagraphPairs:N0} and {MaxWordPairs:N0} are compared");

    /// <summary>
    /// Compares the accounts of one story (callers check <see cref="IsTooLongToCompare"/> first). <paramref name="library"/> gives the word weights: every
    /// paragraph the app holds, so a word common across the library ("said", "Mali") weighs little;
    /// without it the story's own paragraphs are used.
    /// </summary>
    public static StoryComparison Compare(IReadOnlyList<Article> accounts, WordWeights? library = null)
    {
        var story = accounts.Count > 0 ? accounts[0].Story : "";
        var similarity = new ParagraphSimilarity(library ?? WordWeights.From(accounts.SelectMany(a => a.Paragraphs).Select(p => p.Text)));
        var markup = accounts.SelectMany(a => a.Paragraphs.Select(p => (p.Id, Reads: a.ReadsInlineMarkupOf(p)))).ToDictionary(p => p.Id, p => p.Reads);
        var words = accounts.SelectMany(a => a.Paragraphs).ToDictionary(p => p.Id, p => CompareWords.Of(p.Text, markup[p.Id]));

        // Words in more than half of the story's paragraphs ("Mali", "France" in a story about
        // both) say nothing about which paragraphs report the same thing. A word in no more than one
        // paragraph of each account is not background, however short the accounts: in two accounts
        // of one paragraph each, it is what the two share.
        var paragraphCount = words.Count;
        var common = words.Values.SelectMany(list => list.Select(word => word.Key).Distinct(StringComparer.Ordinal))
            .CountBy(key => key)
            .Where(entry => entry.Value * 2 > paragraphCount && entry.Value > accounts.Count)
            .Select(entry => entry.Key)
            .ToHashSet(StringComparer.Ordinal);
        var telling = words.ToDictionary(entry => entry.Key,
            entry => entry.Value.Select(word => word.Key).Where(key => !common.Contains(key) && !FunctionWords.Contains(key)).ToHashSet(StringComparer.Ordinal));

        var matches = new List<(Paragraph Left, Paragraph Right, double Score)>();
        for (var a = 0; a < accounts.Count; a++)
        {
            for (var b = a + 1; b < accounts.Count; b++)
            {
                matches.AddRange(Align(accounts[a], accounts[b], similarity, words, telling));
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
            var (leftMarkup, rightMarkup) = (markup[m.Left.Id], markup[m.Right.Id]);
            var differences = ParagraphDiffer.Differences(m.Left.Text, m.Right.Text, leftMarkup, rightMarkup).ToList();
            if (bestPair[(m.Left.Id, m.Right.Slug)] == m)
            {
                differences.AddRange(ClaimFinder.Unreported(m.Left.Text, accountText[m.Right.Slug], similarity, leftMarkup, rightMarkup)
                    .Select(range => new Difference(DifferenceKind.Claim, range, null)));
            }
            if (bestPair[(m.Right.Id, m.Left.Slug)] == m)
            {
                differences.AddRange(ClaimFinder.Unreported(m.Right.Text, accountText[m.Left.Slug], similarity, rightMarkup, leftMarkup)
                    .Select(range => new Difference(DifferenceKind.Claim, null, range)));
            }
            return (Accounts: (m.Left.Slug, m.Right.Slug), Pair: new ParagraphPair(m.Left.Id, m.Right.Id, Math.Round(m.Score, 3), differences));
        }).ToList();

        var paired = matches.SelectMany(m => new[] { m.Left.Id, m.Right.Id }).ToHashSet(StringComparer.Ordinal);
        var unmatched = accounts.SelectMany(a => a.Paragraphs)
            .Where(p => !paired.Contains(p.Id))
            .Select(p => p.Id)
            .ToList();
        var listedOnce = pairs.GroupBy(entry => entry.Accounts).SelectMany(group => ListedOnce(group.Select(entry => entry.Pair).ToList()));
        return new StoryComparison(story, accounts.Select(a => a.Slug).ToList(), listedOnce.ToList(), unmatched);
    }

    /// <summary>
    /// The differences between two accounts, each listed once: a name or term the accounts spell two
    /// ways is shown with the first pair (in the left account's order) where it occurs, and a word
    /// shown as a changed name or term anywhere is not also a claim, since the other account does
    /// report it, in its own words ("Sahel" / "the coast").
    /// </summary>
    private static IEnumerable<ParagraphPair> ListedOnce(List<ParagraphPair> pairs)
    {
        var typed = pairs.SelectMany(pair => pair.Differences).Where(d => d.Kind != DifferenceKind.Claim).ToList();
        var leftTyped = typed.Where(d => d.Left is not null).SelectMany(d => KeysOf(d.Left)).ToHashSet(StringComparer.Ordinal);
        var rightTyped = typed.Where(d => d.Right is not null).SelectMany(d => KeysOf(d.Right)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(DifferenceKind, string, string)>();
        foreach (var pair in pairs)
        {
            var kept = new List<Difference>();
            foreach (var difference in pair.Differences)
            {
                if (difference.Kind == DifferenceKind.Claim)
                {
                    var onTypedWords = difference.Left is not null
                        ? KeysOf(difference.Left).All(leftTyped.Contains)
                        : KeysOf(difference.Right).All(rightTyped.Contains);
                    if (!onTypedWords)
                    {
                        kept.Add(difference);
                    }
                }
                else if (seen.Add((difference.Kind, string.Join(' ', KeysOf(difference.Left)), string.Join(' ', KeysOf(difference.Right)))))
                {
                    kept.Add(difference);
                }
            }
            yield return pair with { Differences = WithoutClaimsOnTypedWords(kept) };
        }
    }

    private static IEnumerable<string> KeysOf(WordRange? range) =>
        range is null ? [] : CompareWords.Of(range.Text).Select(word => word.Key).Where(key => !FunctionWords.Contains(key));

    /// <summary>A word already shown as a changed name or term is not also a claim.</summary>
    private static List<Difference> WithoutClaimsOnTypedWords(List<Difference> differences)
    {
        var typed = differences.Where(d => d.Kind != DifferenceKind.Claim).ToList();
        return differences.Where(d => d.Kind != DifferenceKind.Claim
            || !typed.Any(t => Overlaps(t.Left, d.Left) || Overlaps(t.Right, d.Right))).ToList();

        static bool Overlaps(WordRange? a, WordRange? b) =>
            a is not null && b is not null && a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
    }

    private static List<(Paragraph Left, Paragraph Right, double Score)> Align(
        Article left, Article right, ParagraphSimilarity similarity, Dictionary<string, IReadOnlyList<CompareWord>> words,
        Dictionary<string, HashSet<string>> telling)
    {
        var rows = left.Paragraphs.Count;
        var columns = right.Paragraphs.Count;
        if (rows == 0 || columns == 0)
        {
            return [];
        }
        var scores = new double[rows, columns];
        var all = new List<double>(rows * columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = similarity.Of(words[left.Paragraphs[i].Id], words[right.Paragraphs[j].Id]);
                all.Add(scores[i, j]);
                // Paragraphs that share only the story's common words never pair, however they score.
                if (!telling[left.Paragraphs[i].Id].Overlaps(telling[right.Paragraphs[j].Id]))
                {
                    scores[i, j] = 0;
                }
            }
        }
        var mean = all.Average();
        var deviation = Math.Sqrt(all.Sum(score => (score - mean) * (score - mean)) / all.Count);
        var background = Math.Max(MinimumScore, mean + deviation);
        // Most paragraphs of two accounts report different things, so the median score is what
        // unrelated paragraphs share; the mean is pulled up by the true pairs of a short story.
        var typical = Median(all);
        var pairs = new HashSet<(int Row, int Column)>();

        // Anchors: paragraphs that are each other's best counterpart, and pieces split off a paragraph.
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var rowBest = IsBestInRow(scores, i, j);
                var columnBest = IsBestInColumn(scores, i, j);
                if ((rowBest && columnBest && scores[i, j] >= MinimumScore)
                    || ((rowBest || columnBest)
                        && (IsContained(words[left.Paragraphs[i].Id], words[right.Paragraphs[j].Id], similarity)
                            || IsContained(words[right.Paragraphs[j].Id], words[left.Paragraphs[i].Id], similarity))))
                {
                    pairs.Add((i, j));
                }
            }
        }

        // Gaps: a paragraph whose closest words belong to a paragraph already paired better (a
        // paraphrase shares few words) is sought where the story puts it, among the unpaired
        // paragraphs between the counterparts of its paired neighbours, as collation fills the gaps
        // between anchored readings. Its score need only be above the typical score of the two accounts.
        var gapCandidates = new HashSet<(int Row, int Column)>();
        for (var i = 0; i < rows; i++)
        {
            if (!pairs.Any(p => p.Row == i) && Gap(pairs.ToList(), i) is { } gap)
            {
                gapCandidates.UnionWith(Enumerable.Range(gap.From, gap.To - gap.From + 1).Select(j => (i, j)));
            }
        }
        for (var j = 0; j < columns; j++)
        {
            var transposed = pairs.Select(p => (p.Column, p.Row)).ToList();
            if (!pairs.Any(p => p.Column == j) && Gap(transposed, j) is { } gap)
            {
                gapCandidates.UnionWith(Enumerable.Range(gap.From, gap.To - gap.From + 1).Select(i => (i, j)));
            }
        }
        foreach (var (i, j) in gapCandidates.Where(c => scores[c.Row, c.Column] > typical).OrderByDescending(c => scores[c.Row, c.Column]))
        {
            if (!pairs.Any(p => p.Row == i || p.Column == j))
            {
                pairs.Add((i, j));
            }
        }

        // Paragraphs still unpaired that are each other's best among those left: a counterpart
        // whose closest words went to a pair told elsewhere in the story.
        var leftRows = Enumerable.Range(0, rows).Where(i => !pairs.Any(p => p.Row == i)).ToList();
        var leftColumns = Enumerable.Range(0, columns).Where(j => !pairs.Any(p => p.Column == j)).ToList();
        if (leftRows.Count > 0 && leftColumns.Count > 0)
        {
            foreach (var i in leftRows)
            {
                var j = leftColumns.MaxBy(j => scores[i, j]);
                if (leftRows.MaxBy(r => scores[r, j]) == i && scores[i, j] >= MinimumScore)
                {
                    pairs.Add((i, j));
                }
            }
        }

        // A paragraph still alone keeps its best counterpart when that stands clearly above the
        // background: a summary of a paragraph told elsewhere, or a half of a split one.
        var loneRows = Enumerable.Range(0, rows).Where(i => !pairs.Any(p => p.Row == i)).ToList();
        var loneColumns = Enumerable.Range(0, columns).Where(j => !pairs.Any(p => p.Column == j)).ToList();
        foreach (var i in loneRows)
        {
            var j = Enumerable.Range(0, columns).MaxBy(j => scores[i, j]);
            if (scores[i, j] >= background)
            {
                pairs.Add((i, j));
            }
        }
        foreach (var j in loneColumns)
        {
            var i = Enumerable.Range(0, rows).MaxBy(i => scores[i, j]);
            if (scores[i, j] >= background)
            {
                pairs.Add((i, j));
            }
        }

        return pairs.OrderBy(p => p.Row).ThenBy(p => p.Column)
            .Select(p => (left.Paragraphs[p.Row], right.Paragraphs[p.Column], scores[p.Row, p.Column]))
            .ToList();
    }

    private static double Median(List<double> scores)
    {
        var sorted = scores.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// The columns from the first to the last counterpart of the nearest paired rows before and after
    /// <paramref name="row"/>; null at either end of the account, where no neighbour vouches for a place.
    /// </summary>
    private static (int From, int To)? Gap(List<(int Row, int Column)> pairs, int row)
    {
        var before = pairs.Where(p => p.Row < row).Select(p => p.Row).DefaultIfEmpty(-1).Max();
        var after = pairs.Where(p => p.Row > row).Select(p => p.Row).DefaultIfEmpty(-1).Min();
        if (before < 0 || after < 0)
        {
            return null;
        }
        var columns = pairs.Where(p => p.Row == before || p.Row == after).Select(p => p.Column).ToList();
        return (columns.Min(), columns.Max());
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
