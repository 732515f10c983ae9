using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using SearchQuality;

// Search quality on the TIME test collection: MaliReader's search against plain FTS5 on the same paragraphs.
//   SearchQuality <time-corpus> [--app-url URL --db PATH] [--baseline-only]
//   SearchQuality <time-corpus> --export-content DIR [--export-queries FILE]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(Options.Usage);
    return 0;
}

Options options;
try
{
    options = Options.Parse(args);
}
catch (BenchmarkException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

try
{
    return await Benchmark.RunAsync(options);
}
catch (Exception e) when (e is BenchmarkException or IOException or HttpRequestException or TaskCanceledException
    or System.Text.Json.JsonException or Microsoft.Data.Sqlite.SqliteException or InvalidDataException)
{
    Console.Error.WriteLine($"FAILED: {e.Message}");
    return 1;
}

internal sealed record Options(
    string CorpusPath,
    Uri? AppUrl,
    string? DatabasePath,
    string? ExportContent,
    string? ExportQueries,
    bool BaselineOnly)
{
    public const string Usage = """
        usage: search-quality <path-to-time-corpus> [--app-url URL --db PATH] [--baseline-only]
               search-quality <path-to-time-corpus> --export-content DIR [--export-queries FILE]
          (no option)       convert the collection to content, start the app on it, measure, stop the app
          --app-url, --db   measure an app already serving content exported with --export-content,
                            whose SQLite file is at PATH (read for the FTS5 baselines)
          --baseline-only   measure only the FTS5 baselines (no /api/search requests)
          --export-content  write the collection as content files to DIR and exit
          --export-queries  write the queries, one per line as typed, to FILE and exit
        """;

    public bool ExportOnly => ExportContent is not null || ExportQueries is not null;

    public static Options Parse(string[] args)
    {
        string? corpus = null, appUrl = null, database = null, exportContent = null, exportQueries = null;
        var baselineOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new BenchmarkException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--app-url": appUrl = Value(); break;
                case "--db": database = Value(); break;
                case "--export-content": exportContent = Value(); break;
                case "--export-queries": exportQueries = Value(); break;
                case "--baseline-only": baselineOnly = true; break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new BenchmarkException($"unknown option {option}");
                case var path when corpus is null: corpus = path; break;
                default: throw new BenchmarkException($"unexpected argument {args[i]}");
            }
        }
        if (corpus is null)
        {
            throw new BenchmarkException("the path of the TIME collection is missing");
        }
        if ((appUrl is null) != (database is null))
        {
            throw new BenchmarkException("--app-url and --db go together: the baselines read the database of the app being measured");
        }
        Uri? url = null;
        if (appUrl is not null && !Uri.TryCreate(appUrl, UriKind.Absolute, out url))
        {
            throw new BenchmarkException($"--app-url {appUrl} is not an absolute address");
        }
        return new Options(corpus, url, database is null ? null : Path.GetFullPath(database),
            exportContent, exportQueries, baselineOnly);
    }
}

internal static class Benchmark
{
    private const int Examples = 5;

    public static async Task<int> RunAsync(Options options)
    {
        var collection = TimeCollection.Read(options.CorpusPath);
        var judged = collection.JudgedQueries.ToList();
        Console.WriteLine($"TIME collection: {collection.Documents.Count} documents, {collection.Queries.Count} queries, "
            + $"{judged.Count} judged ({judged.Sum(query => query.RelevantSlugs.Count)} judgments)");

        if (options.ExportOnly)
        {
            Export(collection, options);
            return 0;
        }

        if (options.AppUrl is { } url)
        {
            return await MeasureAsync(collection, url, options.DatabasePath!, options.BaselineOnly);
        }

        var workFolder = Directory.CreateTempSubdirectory("malireader-search-quality-").FullName;
        var contentPath = Path.Combine(workFolder, "content");
        var databasePath = Path.Combine(workFolder, "bench.db");
        ContentExport.WriteFolder(collection.Documents, contentPath);
        AppProcess? app = null;
        // Interrupted (Ctrl+C, SIGTERM, a closed terminal), the app must not outlive the benchmark either.
        using var interrupted = new SignalHandlers(
            [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP], () =>
            {
                app?.Dispose();
                DeleteFolder(workFolder);
            });
        try
        {
            Console.WriteLine("Building and starting the app (Release) on the converted collection …");
            app = AppProcess.Start(RepositoryRoot(), contentPath, databasePath, Path.Combine(workFolder, "app.log"));
            await app.WaitUntilServingAsync();
            Console.WriteLine($"App serving at {app.Url}");
            return await MeasureAsync(collection, app.Url, databasePath, options.BaselineOnly);
        }
        catch (BenchmarkException)
        {
            PrintLogTail(Path.Combine(workFolder, "app.log"));
            throw;
        }
        finally
        {
            app?.Dispose();
            DeleteFolder(workFolder);
        }
    }

    /// <summary>Deletes the temporary folder; an interruption may be deleting it at the same time.</summary>
    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Already gone, or going.
        }
    }

    private static void Export(TimeCollection collection, Options options)
    {
        if (options.ExportContent is { } folder)
        {
            ContentExport.WriteFolder(collection.Documents, folder);
            Console.WriteLine($"Wrote {collection.Documents.Count} content files to {folder}");
        }
        if (options.ExportQueries is { } file)
        {
            File.WriteAllLines(file, collection.Queries.Select(query => query.Text));
            Console.WriteLine($"Wrote {collection.Queries.Count} queries to {file}");
        }
    }

    private static async Task<int> MeasureAsync(TimeCollection collection, Uri url, string databasePath, bool baselineOnly)
    {
        using var client = new MaliReaderClient(url);
        await CheckArticlesAsync(collection, client);

        using var fts5 = new Fts5Baseline(databasePath);
        var maliReader = new Dictionary<int, QueryScore>();
        var any = new Dictionary<int, QueryScore>();
        var all = new Dictionary<int, QueryScore>();
        var articles = new Dictionary<int, QueryScore>();
        var searchTime = new Stopwatch();
        foreach (var query in collection.Queries)
        {
            // Every query is sent, judged or not: an error on any of them fails the run.
            IReadOnlyList<string>? found = null;
            if (!baselineOnly)
            {
                searchTime.Start();
                var response = await client.SearchAsync(query.Text);
                searchTime.Stop();
                found = SystemRun.DocumentsByBestParagraph(response.Hits.Select(hit => hit.Slug));
            }
            if (query.RelevantSlugs.Count == 0)
            {
                continue;
            }
            if (found is not null)
            {
                maliReader[query.Id] = QueryScore.Of(found, query.RelevantSlugs);
            }
            any[query.Id] = QueryScore.Of(SystemRun.DocumentsByBestParagraph(fts5.SearchAny(query.Text)), query.RelevantSlugs);
            all[query.Id] = QueryScore.Of(SystemRun.DocumentsByBestParagraph(fts5.SearchAll(query.Text)), query.RelevantSlugs);
            articles[query.Id] = QueryScore.Of(fts5.SearchArticlesAny(query.Text), query.RelevantSlugs);
        }

        var paragraphBaseline = new SystemRun("paragraph bm25 OR", any);
        var articleBaseline = new SystemRun("whole-article bm25 OR", articles);
        // Compared against whichever plain baseline does better over all queries.
        var baseline = articleBaseline.Ndcg >= paragraphBaseline.Ndcg ? articleBaseline : paragraphBaseline;
        var runs = new List<SystemRun> { paragraphBaseline, articleBaseline, new("paragraph bm25 AND", all) };
        if (!baselineOnly)
        {
            runs.Insert(0, new SystemRun("MaliReader search", maliReader));
            Console.WriteLine($"{collection.Queries.Count} searches sent one after another: "
                + $"{searchTime.Elapsed.TotalMilliseconds / collection.Queries.Count:F1} ms each on average, as the client saw them");
        }

        Console.WriteLine();
        PrintTable(runs);
        if (!baselineOnly)
        {
            Console.WriteLine();
            PrintComparison(collection, runs[0], baseline);
        }
        return 0;
    }

    /// <summary>Every document must have become an article; what the boilerplate cleaner took out of them is a finding to read.</summary>
    private static async Task CheckArticlesAsync(TimeCollection collection, MaliReaderClient client)
    {
        var articles = await client.ArticlesAsync();
        var served = articles.Select(article => article.Slug).ToHashSet(StringComparer.Ordinal);
        var missing = collection.Documents.Where(document => !served.Contains(document.Slug)).ToList();
        Console.WriteLine($"Articles served: {articles.Count} (expected {collection.Documents.Count})");
        if (missing.Count > 0)
        {
            Console.WriteLine($"  {missing.Count} documents did not become articles: "
                + string.Join(", ", missing.Take(20).Select(document => document.Slug)) + (missing.Count > 20 ? ", …" : ""));
        }

        var removed = new List<(string Slug, RemovedFragment Fragment)>();
        foreach (var document in collection.Documents.Where(document => served.Contains(document.Slug)))
        {
            var detail = await client.ArticleAsync(document.Slug);
            removed.AddRange(detail.Removed.Select(fragment => (document.Slug, fragment)));
        }
        var paragraphs = articles.Where(article => served.Contains(article.Slug)).Sum(article => article.ParagraphCount);
        var byRule = removed.GroupBy(item => item.Fragment.Rule).Select(group => $"{group.Key} {group.Count()}");
        Console.WriteLine($"Paragraphs kept: {paragraphs}; fragments the boilerplate cleaner removed: {removed.Count} "
            + $"in {removed.Select(item => item.Slug).Distinct().Count()} articles"
            + (removed.Count > 0 ? $" ({string.Join(", ", byRule)})" : ""));
        foreach (var (slug, fragment) in removed.Take(Examples))
        {
            Console.WriteLine($"  {slug} [{fragment.Rule}]: {Shorten(fragment.Text, 100)}");
        }
        if (missing.Count > 0)
        {
            throw new BenchmarkException($"{missing.Count} of {collection.Documents.Count} documents are not served as articles");
        }
    }

    /// <summary>
    /// One row per system and half: odd query ids are the ones rules may be tuned on, even ids are
    /// held out and reported; overall is all judged queries.
    /// </summary>
    private static void PrintTable(IReadOnlyList<SystemRun> runs)
    {
        Console.WriteLine("| system                   | queries         | nDCG@10 | P@10  | MAP   |   n |");
        Console.WriteLine("|--------------------------|-----------------|---------|-------|-------|-----|");
        foreach (var run in runs)
        {
            foreach (var (half, part) in new[] { ("odd ids (tuning)", run.Where(id => id % 2 == 1)),
                ("even ids (held out)", run.Where(id => id % 2 == 0)), ("all", run) })
            {
                Console.WriteLine($"| {run.Name,-24} | {half,-15} | {part.Ndcg,7:F3} | {part.Precision,5:F3} | {part.Map,5:F3} | {part.Scores.Count,3} |");
            }
        }
    }

    /// <summary>Per-query nDCG@10 against the baseline, and the queries that gain and lose most, to read them.</summary>
    private static void PrintComparison(TimeCollection collection, SystemRun system, SystemRun baseline)
    {
        var differences = system.Scores
            .Select(pair => (Id: pair.Key, Ours: pair.Value.NdcgAt10, Theirs: baseline.Scores[pair.Key].NdcgAt10))
            .Select(item => (item.Id, item.Ours, item.Theirs, Difference: item.Ours - item.Theirs))
            .ToList();
        const double Tolerance = 1e-9;
        var wins = differences.Count(item => item.Difference > Tolerance);
        var losses = differences.Count(item => item.Difference < -Tolerance);
        Console.WriteLine($"nDCG@10 per query, {system.Name} against the baseline: "
            + $"{wins} wins, {differences.Count - wins - losses} ties, {losses} losses "
            + $"(mean difference {differences.Average(item => item.Difference):+0.000;-0.000})");

        var texts = collection.Queries.ToDictionary(query => query.Id, query => query.Text);
        void List(string heading, IEnumerable<(int Id, double Ours, double Theirs, double Difference)> items)
        {
            var shown = items.Take(Examples).ToList();
            if (shown.Count == 0)
            {
                return;
            }
            Console.WriteLine(heading);
            foreach (var item in shown)
            {
                Console.WriteLine($"  q{item.Id,-2} {item.Ours:F3} vs {item.Theirs:F3}  {Shorten(texts[item.Id], 80)}");
            }
        }
        List("Largest losses:", differences.Where(item => item.Difference < -Tolerance).OrderBy(item => item.Difference));
        List("Largest wins:", differences.Where(item => item.Difference > Tolerance).OrderByDescending(item => item.Difference));
    }

    private static void PrintLogTail(string logPath)
    {
        if (!File.Exists(logPath))
        {
            return;
        }
        Console.Error.WriteLine("Last lines of the app's log:");
        foreach (var line in File.ReadLines(logPath).TakeLast(30))
        {
            Console.Error.WriteLine("  " + line);
        }
    }

    /// <summary>The folder holding MaliReader.sln, found upwards from this program's build output.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MaliReader.sln")))
            {
                return folder.FullName;
            }
        }
        throw new BenchmarkException("The repository (the folder with MaliReader.sln) is not above this program");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}

/// <summary>Runs an action when the process receives any of the signals, before it ends as it would anyway.</summary>
internal sealed class SignalHandlers(IEnumerable<PosixSignal> signals, Action action) : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [.. signals.Select(signal => PosixSignalRegistration.Create(signal, _ => action()))];

    public void Dispose() => _registrations.ForEach(registration => registration.Dispose());
}
