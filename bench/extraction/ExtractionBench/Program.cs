using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using ExtractionBench;
using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;

// Scores the app's web page reader (extraction, then the boilerplate cleaner, as the app reads a
// page) against the corpus's gold text, beside Readability's output from the same run.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: ExtractionBench <article-extraction corpus> [--readability results.json] [--worst N] [--show ID[,ID...] [--left-out]]");
    Console.WriteLine("       ExtractionBench --hostile [NAME]    (time the reader on pages written to be slow)");
    return 1;
}
if (args[0] == "--hostile")
{
    HostilePages.Run(args.Length > 1 ? args[1] : null);
    return 0;
}
var corpus = args[0];
var readabilityPath = OptionValue("--readability");
var worst = int.Parse(OptionValue("--worst") ?? "0", CultureInfo.InvariantCulture);
var show = OptionValue("--show")?.Split(',') ?? [];

var gold = JsonSerializer.Deserialize<Dictionary<string, GoldPage>>(File.ReadAllText(Path.Combine(corpus, "ground-truth.json")))!;
var readability = readabilityPath is null
    ? new Dictionary<string, OtherResult>()
    : JsonSerializer.Deserialize<Dictionary<string, OtherResult>>(File.ReadAllText(readabilityPath))!;

var ids = gold.Keys.Order(StringComparer.Ordinal).ToList();
// The corpus's split: every third page in id order, starting with the first, is the test split.
var split = ids.Select((id, index) => (id, index % 3 == 0 ? "test" : "dev")).ToDictionary(pair => pair.id, pair => pair.Item2);

// The first page would otherwise pay for compiling the reader's code paths.
WebPageReader.Read("warm-up.html", Decompress(Path.Combine(corpus, "html", ids[1] + ".html.gz")));

var rows = new List<PageScore>();
var shapes = new List<(int Elements, int Depth, int TextChars)>();
foreach (var id in ids)
{
    var bytes = Decompress(Path.Combine(corpus, "html", id + ".html.gz"));
    var clock = Stopwatch.StartNew();
    string text;
    string? error = null;
    try
    {
        var page = WebPageReader.Read(id + ".html", bytes);
        if (show.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal)) && split[id] == "dev" && args.Contains("--left-out"))
        {
            foreach (var block in page.LeftOut)
            {
                Console.WriteLine($"  [{block.Reason}] {block.Text[..Math.Min(block.Text.Length, 150)]}");
            }
        }
        text = string.Join("\n", WebPageArticle.Clean(page).Paragraphs);
    }
    catch (ContentFileException e)
    {
        text = "";
        error = e.Reason;
    }
    clock.Stop();
    rows.Add(new PageScore(id, split[id], "MaliReader", Score(text, gold[id].ArticleBody), clock.Elapsed.TotalMilliseconds, error, bytes.Length));
    shapes.Add(ShapeOf(bytes));
    if (readability.TryGetValue(id, out var other))
    {
        rows.Add(new PageScore(id, split[id], "Readability.js", Score(other.Text, gold[id].ArticleBody), other.Ms, null, bytes.Length));
    }
    if (show.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal)) && split[id] == "dev")
    {
        // Lines kept that the gold lacks (-) and gold lines not kept (+): what to look at on a development page.
        Console.WriteLine($"--- {id} {gold[id].Url}");
        foreach (var line in text.Split('\n').Where(line => !gold[id].ArticleBody.Contains(line, StringComparison.Ordinal)))
        {
            Console.WriteLine($"- {line}");
        }
        foreach (var line in gold[id].ArticleBody.Split('\n').Where(line => line.Trim().Length > 0 && !text.Contains(line.Trim(), StringComparison.Ordinal)))
        {
            Console.WriteLine($"+ {line}");
        }
    }
}

Console.WriteLine($"{"split",-6} {"extractor",-15} {"pages",5} {"P",6} {"R",6} {"F1",6} {"median ms",10} {"p95 ms",8} {"slowest ms",11} {"its KB",7}");
foreach (var group in rows.GroupBy(row => (row.Split, row.Extractor)).OrderBy(group => group.Key.Split).ThenBy(group => group.Key.Extractor))
{
    var extracted = group.Where(row => row.Score.Precision is not null).ToList();
    var precision = extracted.Count == 0 ? 0 : extracted.Average(row => row.Score.Precision!.Value);
    var recall = group.Average(row => row.Score.Recall);
    var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    var times = group.OrderBy(row => row.Ms).ToList();
    var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1].Ms;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{group.Key.Split,-6} {group.Key.Extractor,-15} {group.Count(),5} {precision,6:0.000} {recall,6:0.000} {f1,6:0.000} {times[times.Count / 2].Ms,10:0.0} {p95,8:0.0} {times[^1].Ms,11:0.0} {times[^1].Bytes / 1024,7:N0}"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus pages: at most {rows.Max(row => row.Bytes) / 1024:N0} KB, {shapes.Max(shape => shape.Elements):N0} elements, {shapes.Max(shape => shape.Depth)} levels deep, {shapes.Max(shape => shape.TextChars):N0} characters of text"));

// Refusals are listed by page on the dev split and only counted on the test split, which is measured, never looked into.
foreach (var row in rows.Where(row => row.Error is not null && row.Split == "dev"))
{
    Console.WriteLine($"dev {row.Id}: {row.Error}");
}
Console.WriteLine($"test pages refused: {rows.Count(row => row.Error is not null && row.Split == "test")}");
if (worst > 0)
{
    // Only development pages are listed: the test split is measured, never looked into.
    Console.WriteLine($"\nworst {worst} dev pages (MaliReader P / R, Readability P / R):");
    var theirs = rows.Where(row => row.Extractor == "Readability.js").ToDictionary(row => row.Id);
    foreach (var row in rows.Where(row => row.Extractor == "MaliReader" && row.Split == "dev").OrderBy(row => row.Score.F1).Take(worst))
    {
        var other = theirs.GetValueOrDefault(row.Id)?.Score;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{row.Id[..12]} {row.Score.Precision ?? 0,6:0.000} {row.Score.Recall,6:0.000}   {other?.Precision ?? 0,6:0.000} {other?.Recall ?? 0,6:0.000}  {gold[row.Id].Url}"));
    }
}
return 0;

string? OptionValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static (int Elements, int Depth, int TextChars) ShapeOf(byte[] bytes)
{
    using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(PageDecoder.Decode(bytes).Text);
    return WebPageReader.ShapeOf(document);
}

static byte[] Decompress(string path)
{
    using var file = File.OpenRead(path);
    using var gzip = new GZipStream(file, CompressionMode.Decompress);
    using var bytes = new MemoryStream();
    gzip.CopyTo(bytes);
    return bytes.ToArray();
}

static PageResult Score(string extracted, string gold)
{
    var (tp, fp, fn) = Shingles.Compare(extracted, gold);
    double? precision = tp + fp == 0 ? null : (double)tp / (tp + fp);
    var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
    return new PageResult(precision, recall);
}

internal sealed record GoldPage(
    [property: System.Text.Json.Serialization.JsonPropertyName("articleBody")] string ArticleBody,
    [property: System.Text.Json.Serialization.JsonPropertyName("url")] string Url);

internal sealed record OtherResult(
    [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
    [property: System.Text.Json.Serialization.JsonPropertyName("ms")] double Ms);

internal sealed record PageResult(double? Precision, double Recall)
{
    public double F1 => Precision is { } p && p + Recall > 0 ? 2 * p * Recall / (p + Recall) : 0;
}

internal sealed record PageScore(string Id, string Split, string Extractor, PageResult Score, double Ms, string? Error, int Bytes);
