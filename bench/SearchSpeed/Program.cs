using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

// Uncached search against raw FTS5 on the same paragraphs, in one process, one query at a time:
// CPU time per query of SearchService.Search (a new service each round, so nothing is answered from
// its cache) and of a plain FTS5 bm25 query with the words OR-ed, alternating, best of the rounds.
//   SearchSpeed <app-database> <queries-file> [--rounds N] [--limit N]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: search-speed <app-database> <queries-file> [--rounds N] [--limit N]");
    return 2;
}
var rounds = Option("--rounds", 3);
var limit = Option("--limit", SearchService.DefaultLimit);
var database = new Database(Path.GetFullPath(args[0]));
var articles = new ArticleStore(database, TimeProvider.System).Articles();
using var current = new CurrentSnapshot();
current.Replace(new ContentSnapshot(articles, new Dictionary<string, StoryInfo>(), [], "bench"));

// Every query cut after each of its words: distinct searches, as readers type them.
var queries = File.ReadLines(args[1])
    .SelectMany(line => Prefixes(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
    .Distinct(StringComparer.Ordinal).ToList();
Console.WriteLine($"{articles.Count} articles, {articles.Sum(article => article.Paragraphs.Count)} paragraphs, {queries.Count} distinct searches, limit {limit}");

using (var warm = new SearchService(current))
{
    // Builds the snapshot's search index (once per content change) and compiles the code paths.
    foreach (var query in queries.Take(50))
    {
        warm.Search(query, limit);
    }
}

// The app keeps no full-text tables: raw FTS5 gets its own, in a temporary database, over the app's
// stored paragraphs as the app's search sees them (SearchText.Of), stemmed and folded as FTS5 does.
var ftsPath = Path.Combine(Path.GetTempPath(), $"search-speed-fts5-{Environment.ProcessId}.db");
using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ftsPath, Pooling = false }.ToString());
connection.Open();
try
{
    connection.Execute("""
        CREATE VIRTUAL TABLE paragraph_index USING fts5 (search_text, tokenize = 'porter unicode61 remove_diacritics 2')
        """);
    using (var transaction = connection.BeginTransaction())
    {
        using var insert = connection.Prepare(transaction, "INSERT INTO paragraph_index (search_text) VALUES ($text)", "$text");
        foreach (var paragraph in articles.SelectMany(article => article.Paragraphs))
        {
            insert.Run(SearchText.Of(paragraph.Text));
        }
        transaction.Commit();
    }
    return Measure(connection);
}
finally
{
    connection.Close();
    File.Delete(ftsPath);
}

int Measure(SqliteConnection connection)
{
    using var raw = connection.CreateCommand();
    raw.CommandText = "SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH $q ORDER BY bm25(paragraph_index) LIMIT $limit";
    raw.Parameters.Add(new SqliteParameter("$q", ""));
    raw.Parameters.AddWithValue("$limit", limit);
    raw.Prepare();
    var rawMatches = queries.Select(query => string.Join(" OR ", Regex.Matches(query, @"[\p{L}\p{N}]+").Select(match => $"\"{match.Value}\""))).ToList();

    double bestSearch = double.MaxValue, bestRaw = double.MaxValue;
    for (var round = 0; round < rounds; round++)
    {
        var rawTime = CpuTime(() =>
        {
            foreach (var match in rawMatches.Where(match => match.Length > 0))
            {
                raw.Parameters["$q"].Value = match;
                using var reader = raw.ExecuteReader();
                while (reader.Read())
                {
                }
            }
        });
        using var search = new SearchService(current);
        var searchTime = CpuTime(() =>
        {
            foreach (var query in queries)
            {
                search.Search(query, limit);
            }
        });
        bestRaw = Math.Min(bestRaw, rawTime / queries.Count);
        bestSearch = Math.Min(bestSearch, searchTime / queries.Count);
        Console.WriteLine($"round {round + 1}: search {searchTime / queries.Count:F2} ms, raw FTS5 {rawTime / queries.Count:F2} ms CPU per query");
    }
    Console.WriteLine($"best: search {bestSearch:F2} ms, raw FTS5 {bestRaw:F2} ms CPU per query; search / raw = {bestSearch / bestRaw:F2}");
    return 0;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static IEnumerable<string> Prefixes(string[] words) => Enumerable.Range(1, words.Length).Select(n => string.Join(' ', words.Take(n)));

static double CpuTime(Action action)
{
    var process = Process.GetCurrentProcess();
    var before = process.TotalProcessorTime;
    action();
    process.Refresh();
    return (process.TotalProcessorTime - before).TotalMilliseconds;
}
