using System.Globalization;

namespace SimilarityBench;

/// <summary>One scored pair of the STS Benchmark: tab-separated, no quoting, first seven fields.</summary>
internal sealed record StsPair(string Genre, double Score, string First, string Second)
{
    public static List<StsPair> Load(string corpus, string split)
    {
        var path = Path.Combine(corpus, "sts-b", $"sts-{split}.csv");
        return File.ReadLines(path)
            .Select(line => line.Split('\t'))
            .Select(fields => new StsPair(fields[1], double.Parse(fields[4], CultureInfo.InvariantCulture), fields[5], fields[6]))
            .ToList();
    }
}
