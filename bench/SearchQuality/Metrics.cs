namespace SearchQuality;

/// <summary>Scores of one ranked list of documents against the set judged relevant (binary relevance).</summary>
internal sealed record QueryScore(double NdcgAt10, double PrecisionAt10, double AveragePrecision)
{
    private const int Cutoff = 10;

    public static QueryScore Of(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant) =>
        new(NdcgAt(ranking, relevant), PrecisionAt(ranking, relevant), AveragePrecisionOf(ranking, relevant));

    /// <summary>DCG with gain 1 per relevant document and a log2(rank + 1) discount, over the best possible DCG.</summary>
    private static double NdcgAt(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant)
    {
        var dcg = ranking.Take(Cutoff).Select((slug, index) => relevant.Contains(slug) ? Discount(index) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(relevant.Count, Cutoff)).Sum(Discount);
        return dcg / ideal;
    }

    private static double Discount(int index) => 1 / Math.Log2(index + 2);

    private static double PrecisionAt(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant) =>
        ranking.Take(Cutoff).Count(relevant.Contains) / (double)Cutoff;

    /// <summary>The mean, over every relevant document, of the precision at its rank; one never retrieved counts zero.</summary>
    private static double AveragePrecisionOf(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant)
    {
        var found = 0;
        var sum = 0.0;
        for (var i = 0; i < ranking.Count; i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                found++;
                sum += found / (double)(i + 1);
            }
        }
        return sum / relevant.Count;
    }
}

/// <summary>A system's results on every judged query, and their means.</summary>
internal sealed record SystemRun(string Name, IReadOnlyDictionary<int, QueryScore> Scores)
{
    public double Ndcg => Scores.Values.Average(score => score.NdcgAt10);
    public double Precision => Scores.Values.Average(score => score.PrecisionAt10);
    public double Map => Scores.Values.Average(score => score.AveragePrecision);

    /// <summary>The same run on the queries whose ids pass <paramref name="keep"/>.</summary>
    public SystemRun Where(Func<int, bool> keep) =>
        this with { Scores = Scores.Where(pair => keep(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value) };

    /// <summary>Documents in the order of their best paragraph: each counts at its first appearance in the hit list.</summary>
    public static IReadOnlyList<string> DocumentsByBestParagraph(IEnumerable<string> paragraphSlugs) =>
        [.. paragraphSlugs.Distinct(StringComparer.Ordinal)];
}
