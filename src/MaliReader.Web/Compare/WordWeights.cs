namespace MaliReader.Web.Compare;

/// <summary>
/// How much a shared word says that two passages report the same thing: the square of its inverse
/// document frequency over a collection of passages (the library, in the app), so a word found in
/// most passages ("Mali") weighs about 1, a rare one up to (ln(N + 1) + 1)², and a function word
/// ("the", "said", <see cref="FunctionWords"/>) nothing.
/// </summary>
public sealed class WordWeights
{
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly int _documentCount;
    private readonly double _exponent;

    /// <summary>The power of the IDF a word weighs: chosen on the STS Benchmark's train and dev splits (bench/similarity).</summary>
    public const double DefaultExponent = 2;

    private WordWeights(Dictionary<string, int> documentFrequency, int documentCount, double exponent)
    {
        _documentFrequency = documentFrequency;
        _documentCount = documentCount;
        _exponent = exponent;
    }

    /// <summary>Counts each distinct passage once, as the inverse document frequency expects.</summary>
    public static WordWeights From(IEnumerable<string> passages, double exponent = DefaultExponent)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var passage in passages.Distinct(StringComparer.Ordinal))
        {
            count++;
            foreach (var key in CompareWords.Of(passage).Select(word => word.Key).Distinct(StringComparer.Ordinal))
            {
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }
        return new WordWeights(frequency, count, exponent);
    }

    public double Of(string key)
    {
        // Grammar says nothing about what a passage reports, however rare it is in a small library.
        if (FunctionWords.Contains(key))
        {
            return 0;
        }
        var idf = Math.Log((_documentCount + 1.0) / (_documentFrequency.GetValueOrDefault(key) + 1.0)) + 1.0;
        return Math.Pow(idf, _exponent);
    }
}
