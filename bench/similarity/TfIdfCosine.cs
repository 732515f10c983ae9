using System.Text.RegularExpressions;
using MaliReader.Web.Compare;

namespace SimilarityBench;

/// <summary>
/// The corpus's TF-IDF baseline: cosine of tf·idf vectors, idf = ln((N + 1) / (df + 1)) + 1 over the
/// distinct train sentences, tokens the lower-cased runs of letters and digits. Its own table's
/// 0.768 also stems with Porter; here the tokens are either plain or cut by Compare's light stemmer.
/// </summary>
internal sealed partial class TfIdfCosine
{
    private readonly Dictionary<string, int> _plainFrequency = [];
    private readonly Dictionary<string, int> _stemFrequency = [];
    private readonly int _count;

    public TfIdfCosine(IEnumerable<string> trainSentences)
    {
        foreach (var sentence in trainSentences.Distinct(StringComparer.Ordinal))
        {
            _count++;
            foreach (var token in Tokens(sentence, stemmed: false).Distinct())
            {
                _plainFrequency[token] = _plainFrequency.GetValueOrDefault(token) + 1;
            }
            foreach (var token in Tokens(sentence, stemmed: true).Distinct())
            {
                _stemFrequency[token] = _stemFrequency.GetValueOrDefault(token) + 1;
            }
        }
    }

    public double Of(string first, string second, bool stemmed)
    {
        var frequency = stemmed ? _stemFrequency : _plainFrequency;
        var a = Vector(Tokens(first, stemmed), frequency);
        var b = Vector(Tokens(second, stemmed), frequency);
        var dot = a.Sum(entry => entry.Value * b.GetValueOrDefault(entry.Key));
        var norms = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norms == 0 ? 0 : dot / norms;
    }

    private Dictionary<string, double> Vector(IEnumerable<string> tokens, Dictionary<string, int> frequency) =>
        tokens.GroupBy(token => token).ToDictionary(
            group => group.Key,
            group => group.Count() * (Math.Log((_count + 1.0) / (frequency.GetValueOrDefault(group.Key) + 1.0)) + 1.0));

    private static IEnumerable<string> Tokens(string sentence, bool stemmed) =>
        TokenPattern().Matches(sentence.ToLowerInvariant())
            .Select(match => stemmed ? CompareWords.KeyOf(match.Value) : match.Value);

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex TokenPattern();
}
