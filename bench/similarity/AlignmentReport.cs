using System.Globalization;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace SimilarityBench;

/// <summary>
/// Prints how the app aligns the accounts of one story: every paragraph's scores against the other
/// account's paragraphs, and the pairs and differences the comparer keeps. For looking at a story by eye.
/// </summary>
internal static class AlignmentReport
{
    public static void Print(IReadOnlyList<string> files)
    {
        var accounts = files.Select(file => ArticleReader.Read(Path.GetFileName(file), File.ReadAllBytes(file))).ToList();
        var weights = WordWeights.From(accounts.SelectMany(a => a.Paragraphs).Select(p => p.Text));
        var similarity = new ParagraphSimilarity(weights);
        for (var a = 0; a < accounts.Count; a++)
        {
            for (var b = a + 1; b < accounts.Count; b++)
            {
                Console.WriteLine($"{accounts[a].Slug} (rows) x {accounts[b].Slug} (columns)");
                Console.WriteLine("      " + string.Concat(accounts[b].Paragraphs.Select(p => $"{p.N,6}")));
                foreach (var row in accounts[a].Paragraphs)
                {
                    Console.WriteLine($"{row.N,6}" + string.Concat(accounts[b].Paragraphs.Select(column =>
                        string.Create(CultureInfo.InvariantCulture, $"{similarity.Of(row.Text, column.Text),6:F2}"))));
                }
                Console.WriteLine("share of each row's weight held by each column, then of each column's held by each row");
                foreach (var row in accounts[a].Paragraphs)
                {
                    var rowWords = CompareWords.Of(row.Text);
                    Console.WriteLine($"{row.N,6}" + string.Concat(accounts[b].Paragraphs.Select(column =>
                        string.Create(CultureInfo.InvariantCulture, $"{similarity.Coverage(rowWords, CompareWords.Of(column.Text)),6:F2}")))
                        + "   |" + string.Concat(accounts[b].Paragraphs.Select(column =>
                        string.Create(CultureInfo.InvariantCulture, $"{similarity.Coverage(CompareWords.Of(column.Text), rowWords),6:F2}"))));
                }
                Console.WriteLine();
            }
        }
        var comparison = StoryComparer.Compare(accounts, weights);
        foreach (var pair in comparison.Pairs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pair.Left} ~ {pair.Right}  {pair.Score:F3}"));
            foreach (var difference in pair.Differences)
            {
                Console.WriteLine($"    {difference.Kind.Name()}: {difference.Left?.Text ?? "-"} / {difference.Right?.Text ?? "-"}");
            }
        }
        Console.WriteLine("unmatched: " + string.Join(", ", comparison.Unmatched));
    }
}
