using MaliReader.Web.Articles;

namespace MaliReader.Web.Search;

/// <summary>A paragraph that matches a query, with how it holds the query's terms (<see cref="TermHolders"/>).</summary>
/// <param name="Number">The paragraph's number in the <see cref="SearchIndex"/>.</param>
/// <param name="Length">In search tokens.</param>
/// <param name="Counts">How many times it holds each of the plan's phrases and then each of its ranked words.</param>
/// <param name="WordsHeld">How many ranked words it holds in any form that counts as them.</param>
/// <param name="ExactHeld">How many ranked words and phrases it holds exactly as typed.</param>
public sealed record MatchedParagraph(int Number, Article Article, Paragraph Paragraph, int Length, int[] Counts, int WordsHeld, int ExactHeld);

/// <summary>
/// How well each matching paragraph answers a query, from two kinds of evidence fused by their ranks:
/// how well its article as a whole answers it (Okapi BM25 over whole articles, sharpened by one round
/// of pseudo-relevance feedback, RM3), and how well the paragraph itself does (BM25 over paragraphs).
/// Reciprocal-rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009) needs no calibration between
/// the two scores. Term frequencies are counted as the query's own matcher counts them, so a word counts in every form
/// that search treats as that word; word weights (idf) from the collection statistics of
/// <see cref="SearchIndex"/>, in the form SQLite FTS5's bm25 uses.
/// </summary>
public static class Relevance
{
    private const double K1 = 1.2;
    // Length normalisation: the usual 0.75 for articles; paragraphs are short units whose length says
    // less about how much of them is on the subject, so it weighs less there.
    private const double ArticleB = 0.75;
    private const double ParagraphB = 0.3;

    // RM3 (Abdul-Jaleel et al., TREC 2004): the best few articles lend their most characteristic words
    // to the query; only the head of the article ranking is ordered again with them.
    private const int FeedbackArticles = 3;
    private const int FeedbackWords = 80;
    private const double OriginalQueryWeight = 0.3;
    private const int RerankedArticles = 30;

    // Reciprocal-rank fusion: the usual small k, and the article ranking counts a little more than
    // the paragraph ranking, since a reader looks for the account that is about the subject.
    private const double FusionK = 10;
    private const double ArticleRankWeight = 1.5;
    private const double BestFused = (ArticleRankWeight + 1) / (FusionK + 1);

    /// <summary>Each candidate's relevance, in (0, 1], higher is better; in the order of <paramref name="candidates"/>.</summary>
    public static double[] Of(SearchPlan plan, SearchIndex index, IReadOnlyList<MatchedParagraph> candidates)
    {
        var scores = new double[candidates.Count];
        if (candidates.Count == 0)
        {
            return scores;
        }
        var terms = plan.Phrases.Concat(plan.RankedWords).Select(pattern => Term.Of(pattern, index)).ToArray();

        // Per paragraph and per article, how often each term occurs.
        var paragraphCounts = new int[candidates.Count][];
        var articles = new Dictionary<int, ArticleEvidence>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var counts = candidates[c].Counts;
            paragraphCounts[c] = counts;
            var article = index.ArticleOf(candidates[c].Number);
            if (!articles.TryGetValue(article, out var evidence))
            {
                articles[article] = evidence = new ArticleEvidence(article, candidates[c].Article, new int[terms.Length], index.ArticleLength(article));
            }
            for (var t = 0; t < terms.Length; t++)
            {
                evidence.Counts[t] += counts[t];
            }
        }

        var articleRanks = ArticleRanks(terms, articles.Values.ToList(), index);
        var paragraphScores = new double[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var length = candidates[c].Length;
            for (var t = 0; t < terms.Length; t++)
            {
                paragraphScores[c] += terms[t].ParagraphIdf * Saturated(paragraphCounts[c][t], length, index.AverageParagraphLength, ParagraphB);
            }
        }
        var paragraphRanks = CompetitionRanks(paragraphScores);
        for (var c = 0; c < candidates.Count; c++)
        {
            var fused = ArticleRankWeight / (FusionK + articleRanks[index.ArticleOf(candidates[c].Number)]) + 1 / (FusionK + paragraphRanks[c]);
            scores[c] = fused / BestFused;
        }
        return scores;
    }

    /// <summary>
    /// The numbers of the <paramref name="limit"/> articles whose best paragraph answers the query best
    /// by paragraph BM25 (equal ones by slug): the articles whose paragraphs are ranked, so that a
    /// query's cost does not grow with the library.
    /// </summary>
    /// <param name="holders">For each of the plan's phrases and then its ranked words, the paragraphs that hold it (<see cref="TermHolders"/>).</param>
    /// <param name="paragraphs">The paragraphs that match the query, by number.</param>
    public static HashSet<int> BestArticles(SearchPlan plan, SearchIndex index, IReadOnlyList<TermHolding> holders, IReadOnlyList<int> paragraphs, int limit)
    {
        var terms = plan.Phrases.Concat(plan.RankedWords).Select(pattern => Term.Of(pattern, index)).ToArray();
        var best = new Dictionary<int, double>();
        foreach (var paragraph in paragraphs)
        {
            var length = index.TokensAt(paragraph).Count;
            var score = 0.0;
            for (var t = 0; t < terms.Length; t++)
            {
                score += terms[t].ParagraphIdf * Saturated(holders[t].Counts.GetValueOrDefault(paragraph), length, index.AverageParagraphLength, ParagraphB);
            }
            var article = index.ArticleOf(paragraph);
            if (!best.TryGetValue(article, out var current) || score > current)
            {
                best[article] = score;
            }
        }
        return best.Count <= limit ? [.. best.Keys]
            : [.. best.OrderByDescending(entry => entry.Value).ThenBy(entry => index.Articles[entry.Key].Slug, StringComparer.Ordinal)
                .Take(limit).Select(entry => entry.Key)];
    }

    /// <summary>Each article's rank (1 is best; equal scores share a rank): BM25, then RM3 over the head of that ranking.</summary>
    private static Dictionary<int, int> ArticleRanks(Term[] terms, List<ArticleEvidence> articles, SearchIndex index)
    {
        var first = articles.Select(article => Bm25(terms.Select(term => term.ArticleIdf).ToArray(), article.Counts, article.Length, index)).ToArray();
        var order = Enumerable.Range(0, articles.Count).OrderByDescending(i => first[i]).ThenBy(i => articles[i].Article.Slug, StringComparer.Ordinal).ToArray();
        var ranked = order.Select(i => (articles[i], Score: first[i])).ToList();

        var feedback = order.Take(FeedbackArticles).Where(i => first[i] > 0).ToList();
        if (feedback.Count > 0)
        {
            var head = order.Take(RerankedArticles).ToList();
            var expanded = Expanded(terms, feedback.Select(i => (articles[i], first[i])).ToList(), index);
            var rescored = head.Select(i => (articles[i], Score: ExpandedScore(terms, expanded, articles[i], index))).ToList();
            // The head is ordered again; below it the first ranking stays, and every head article stays above it.
            var floor = rescored.Min(item => item.Score);
            ranked = [.. rescored.OrderByDescending(item => item.Score).ThenBy(item => item.Item1.Article.Slug, StringComparer.Ordinal),
                .. order.Skip(RerankedArticles).Select(i => (articles[i], Score: floor - 1 - (first[order[0]] - first[i])))];
        }

        var ranks = CompetitionRanks([.. ranked.Select(item => item.Score)]);
        return ranked.Select((item, i) => (item.Item1.Number, Rank: ranks[i])).ToDictionary(item => item.Number, item => item.Rank);
    }

    /// <summary>
    /// The RM3 query: each original term with <see cref="OriginalQueryWeight"/> shared among them, and the
    /// feedback articles' most probable stems (each article's word distribution, weighted by its share of
    /// their scores) with the rest. A stem that is also a one-word term of the query adds to that term.
    /// </summary>
    private static (double[] TermWeights, Dictionary<int, double> Stems) Expanded(Term[] terms, List<(ArticleEvidence Article, double Score)> feedback, SearchIndex index)
    {
        var total = feedback.Sum(item => item.Score);
        var probability = new Dictionary<int, double>();
        foreach (var (article, score) in feedback)
        {
            if (article.Length == 0)
            {
                continue;
            }
            var share = score / total / article.Length;
            foreach (var (stem, count) in index.StemCountsOf(article.Number))
            {
                probability[stem] = probability.GetValueOrDefault(stem) + share * count;
            }
        }
        var chosen = probability.OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key).Take(FeedbackWords).ToList();
        var chosenTotal = chosen.Sum(entry => entry.Value);

        var termWeights = Enumerable.Repeat(OriginalQueryWeight / terms.Length, terms.Length).ToArray();
        // Each expansion stem's weight in the query times its idf, the two factors of its BM25 part.
        var stems = new Dictionary<int, double>();
        foreach (var (stem, value) in chosen)
        {
            var weight = (1 - OriginalQueryWeight) * value / chosenTotal;
            var term = Array.FindIndex(terms, term => term.Stem == stem);
            if (term >= 0)
            {
                termWeights[term] += weight;
            }
            else
            {
                stems[stem] = weight * IdfAmongArticles(index.FrequencyOf(stem).Articles, index.ArticleCount);
            }
        }
        return (termWeights, stems);
    }

    private static double ExpandedScore(Term[] terms, (double[] TermWeights, Dictionary<int, double> Stems) expanded, ArticleEvidence article, SearchIndex index)
    {
        var score = Bm25([.. terms.Select((term, t) => expanded.TermWeights[t] * term.ArticleIdf)], article.Counts, article.Length, index);
        foreach (var (stem, count) in index.StemCountsOf(article.Number))
        {
            if (expanded.Stems.TryGetValue(stem, out var weightedIdf))
            {
                score += weightedIdf * Saturated(count, article.Length, index.AverageArticleLength, ArticleB);
            }
        }
        return score;
    }

    private static double Bm25(double[] weights, int[] counts, int length, SearchIndex index)
    {
        var score = 0.0;
        for (var t = 0; t < weights.Length; t++)
        {
            score += weights[t] * Saturated(counts[t], length, index.AverageArticleLength, ArticleB);
        }
        return score;
    }

    /// <summary>BM25's term-frequency part: grows with the count, ever more slowly, less in a longer unit.</summary>
    private static double Saturated(int count, int length, double averageLength, double b) =>
        count == 0 ? 0 : count * (K1 + 1) / (count + K1 * (1 - b + b * length / Math.Max(averageLength, 1)));

    /// <summary>FTS5's idf: ln((N − n + 0.5) / (n + 0.5)), kept just above zero for words in most paragraphs.</summary>
    private static double Idf(int holding, int count) => Math.Max(1e-6, Math.Log((count - holding + 0.5) / (holding + 0.5)));

    /// <summary>
    /// The same over articles, but zero for a word in half of them or more: among a handful of articles
    /// (a story's two accounts) no word tells which one is about it, and rank fusion would otherwise
    /// turn an order by mere word counts into full evidence. Such articles then share a rank.
    /// </summary>
    private static double IdfAmongArticles(int holding, int count) => Math.Max(0, Math.Log((count - holding + 0.5) / (holding + 0.5)));

    /// <summary>1 for the highest score; equal scores share a rank, the next one skips ("1224").</summary>
    private static int[] CompetitionRanks(double[] scores)
    {
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        var ranks = new int[scores.Length];
        for (var position = 0; position < order.Length; position++)
        {
            ranks[order[position]] = position > 0 && scores[order[position]] == scores[order[position - 1]]
                ? ranks[order[position - 1]] : position + 1;
        }
        return ranks;
    }

    private sealed record ArticleEvidence(int Number, Article Article, int[] Counts, int Length);

    /// <summary>One query term with its weights. <paramref name="Stem"/>: for a one-word term, its English stem's number; else -1.</summary>
    private sealed record Term(SearchPlan.TermPattern Pattern, int Stem, double ArticleIdf, double ParagraphIdf)
    {
        /// <summary>
        /// A phrase is weighed by its rarest word (it is at least that rare); a prefix by the most common
        /// word it starts (at least that common).
        /// </summary>
        public static Term Of(SearchPlan.TermPattern pattern, SearchIndex index)
        {
            var slots = pattern.Spellings[0];
            DocumentFrequency? rarest = null;
            foreach (var slot in slots)
            {
                var frequency = slot.Prefix is { } prefix
                    ? index.Vocabulary.FormsStartingWith(prefix).Select(index.Vocabulary.StemOf).Distinct(StringComparer.Ordinal)
                        .Select(index.FrequencyOf).DefaultIfEmpty().MaxBy(frequency => frequency.Paragraphs)
                    // Its forms share one stem, except a lone Chinese or Japanese character's pairs: weighed
                    // as a prefix is, by the most common of them.
                    : slot.Forms.Count > 1
                        ? slot.Forms.Select(index.Vocabulary.StemOf).Distinct(StringComparer.Ordinal)
                            .Select(index.FrequencyOf).MaxBy(frequency => frequency.Paragraphs)
                        : index.FrequencyOf(index.Vocabulary.StemOf(slot.Typed));
                if (rarest is not { } current || frequency.Paragraphs < current.Paragraphs)
                {
                    rarest = frequency;
                }
            }
            var df = rarest ?? default;
            var stem = slots is [{ Prefix: null } only] ? index.StemId(index.Vocabulary.StemOf(only.Typed)) : -1;
            return new Term(pattern, stem, IdfAmongArticles(df.Articles, index.ArticleCount), Idf(df.Paragraphs, index.ParagraphCount));
        }
    }
}
