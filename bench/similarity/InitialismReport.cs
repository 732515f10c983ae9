using System.Globalization;
using MaliReader.Web.Compare;

namespace SimilarityBench;

/// <summary>
/// Every pair of the train and dev splits where the app reads an abbreviation in one sentence as spelled
/// out in the other, with the words it took for each, to judge by eye which are real and which are chance.
/// </summary>
internal static class InitialismReport
{
    public static void Print(string corpus)
    {
        var found = 0;
        foreach (var split in new[] { "train", "dev" })
        {
            foreach (var pair in StsPair.Load(corpus, split))
            {
                var first = CompareWords.Of(pair.First);
                var second = CompareWords.Of(pair.Second);
                var inFirst = Initialisms.Explained(first, second);
                var inSecond = Initialisms.Explained(second, first);
                if (inFirst.Count + inSecond.Count == 0)
                {
                    continue;
                }
                found++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{split} {pair.Genre} {pair.Score:F1} | {Words(first, inFirst)} | {Words(second, inSecond)}"));
                Console.WriteLine("    " + pair.First);
                Console.WriteLine("    " + pair.Second);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{found} pairs with an abbreviation read as spelled out"));
    }

    private static string Words(IReadOnlyList<CompareWord> words, IReadOnlySet<int> places) =>
        string.Join(' ', places.Order().Select(i => words[i].Text));
}
