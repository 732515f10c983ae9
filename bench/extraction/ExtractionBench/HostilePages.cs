using System.Diagnostics;
using System.Globalization;
using System.Text;
using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;

namespace ExtractionBench;

/// <summary>
/// Pages written to make extraction slow, each near or past one of the reader's limits: how long the
/// reader takes on each, and whether it reads or refuses it. The bound a hostile page meets is the
/// slowest of these, not the corpus's.
/// </summary>
public static class HostilePages
{
    private const string Sentence = "The ministers met in the capital on Tuesday and spoke about the harvest, the rains and the price of grain. ";

    public static IEnumerable<(string Name, Func<string> Html)> All()
    {
        yield return ("10,000 levels of div", () => Page(Repeat("<div>", 10_000) + Prose(20)));
        yield return ("7,900 levels of div", () => Page(Repeat("<div>", 7_900) + Prose(20)));
        yield return ("7,900 unclosed <b>", () => Page(Repeat("<b>x ", 7_900) + Prose(20)));
        yield return ("2,600 unclosed <table><tr><td>", () => Page(Repeat("<table><tr><td>", 2_600) + Prose(20)));
        yield return ("127 levels, then 7,800 paragraphs", () => Page(Repeat("<div>", 127) + Repeat("<p>" + Sentence + "</p>", 7_800)));
        yield return ("7,900 paragraphs flat", () => Page(Repeat("<p>" + Sentence + "</p>", 7_900)));
        yield return ("49,000 paragraphs flat", () => Page(Repeat("<p>" + Sentence + "</p>", 49_000)));
        yield return ("127 levels, then 4,800 paragraphs", () => Page(Repeat("<div>", 127) + Repeat("<p>" + Sentence + "</p>", 4_800)));
        yield return ("4,900 paragraphs flat", () => Page(Repeat("<p>" + Sentence + "</p>", 4_900)));
        yield return ("4,900 links of 200 bytes in a paragraph", () => Page("<p>" + Repeat("<a href='/x'>" + Repeat(Sentence, 2) + "</a>", 4_900) + "</p>"));
        yield return ("one paragraph of 0.95 MB", () => Page("<p>" + Repeat(Sentence, 950_000 / Sentence.Length) + "</p>"));
        yield return ("one paragraph of 9 MB", () => Page("<p>" + Repeat(Sentence, 9 * 1024 * 1024 / Sentence.Length) + "</p>"));
        yield return ("7,900 links of 1 KB in a paragraph", () => Page("<p>" + Repeat("<a href='/x'>" + Repeat(Sentence, 10) + "</a>", 7_900) + "</p>"));
        yield return ("a class name of 5 MB", () => Page($"<div class='{Repeat("shareBarRelatedNav ", 5 * 1024 * 1024 / 19)}'>" + Prose(20) + "</div>"));
        yield return ("9 MB without a space", () => Page("<p>" + new string('a', 9 * 1024 * 1024) + "</p>" + Prose(20)));
        yield return ("3,900 nested lists", () => Page(Repeat("<ul><li>" + Sentence, 3_900)));
    }

    /// <param name="only">Runs only the pages whose name contains this, when given.</param>
    public static void Run(string? only)
    {
        // The first page would otherwise pay for compiling the reader's code paths.
        Read(Page(Prose(20)));
        Console.WriteLine($"{"hostile page",-36} {"MB",5} {"parse ms",9} {"read ms",8}  outcome");
        foreach (var (name, build) in All().Where(page => only is null || page.Name.Contains(only, StringComparison.Ordinal)))
        {
            var bytes = Encoding.UTF8.GetBytes(build());
            // Parsing alone, to tell the parser's share of the time from extraction's.
            var parsing = Stopwatch.StartNew();
            using (new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Encoding.UTF8.GetString(bytes)))
            {
                parsing.Stop();
            }
            var clock = Stopwatch.StartNew();
            var outcome = Read(bytes);
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-36} {bytes.Length / 1048576.0,5:0.0} {parsing.Elapsed.TotalMilliseconds,9:0} {clock.Elapsed.TotalMilliseconds,8:0}  {outcome}"));
        }
    }

    private static string Read(string html) => Read(Encoding.UTF8.GetBytes(html));

    private static string Read(byte[] bytes)
    {
        try
        {
            var article = ArticleReader.Read("hostile.html", bytes);
            return $"read, {article.Paragraphs.Count} paragraphs";
        }
        catch (ContentFileException e)
        {
            return $"refused: {e.Reason}";
        }
    }

    private static string Page(string body) =>
        $"<!DOCTYPE html><html><head><meta charset='utf-8'><title>A hostile page</title></head><body>{body}</body></html>";

    private static string Prose(int sentences) => "<p>" + Repeat(Sentence, sentences) + "</p>";

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
