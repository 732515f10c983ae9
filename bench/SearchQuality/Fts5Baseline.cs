using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace SearchQuality;

/// <summary>
/// Plain FTS5 baselines on the very paragraphs the app serves, indexed afresh in memory from their
/// text (porter unicode61 with diacritics removed, FTS5's usual English setup), so that nothing of
/// the app's own analysis helps them: the query's words quoted and OR-ed (or left to FTS5's implicit
/// AND) over paragraphs, and OR-ed over whole articles (every paragraph of a document in one row).
/// </summary>
internal sealed partial class Fts5Baseline : IDisposable
{
    private const int Limit = 100;

    private readonly SqliteConnection _connection;

    public Fts5Baseline(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"The app's database is not at {databasePath}", databasePath);
        }
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = """
            ATTACH DATABASE $app AS app;
            CREATE VIRTUAL TABLE paragraph_index USING fts5 (slug UNINDEXED, text, tokenize = 'porter unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE article_index USING fts5 (slug UNINDEXED, text, tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO paragraph_index (slug, text) SELECT slug, text FROM app.paragraphs ORDER BY slug, n;
            INSERT INTO article_index (slug, text)
                SELECT slug, group_concat(text, char(10)) FROM (SELECT slug, text FROM app.paragraphs ORDER BY slug, n) GROUP BY slug;
            DETACH DATABASE app;
            """;
        command.Parameters.AddWithValue("$app", databasePath);
        command.ExecuteNonQuery();
    }

    /// <summary>Paragraph bm25, terms OR-ed: the slug of each of the best 100 paragraphs.</summary>
    public IReadOnlyList<string> SearchAny(string query) => Search("paragraph_index", string.Join(" OR ", Terms(query)));

    public IReadOnlyList<string> SearchAll(string query) => Search("paragraph_index", string.Join(' ', Terms(query)));

    /// <summary>Whole-article bm25, terms OR-ed: the best 100 articles.</summary>
    public IReadOnlyList<string> SearchArticlesAny(string query) => Search("article_index", string.Join(" OR ", Terms(query)));

    /// <summary>The query's letter and digit runs, each double-quoted so that FTS5 reads none of them as syntax.</summary>
    public static IReadOnlyList<string> Terms(string query) =>
        [.. Word().Matches(query).Select(match => "\"" + match.Value + "\"")];

    private List<string> Search(string table, string match)
    {
        var slugs = new List<string>();
        if (match.Length == 0)
        {
            return slugs;
        }
        using var command = _connection.CreateCommand();
        // The table name is one of two constants above, never input.
        command.CommandText = $"SELECT slug FROM {table} WHERE {table} MATCH $q ORDER BY bm25({table}) LIMIT $limit";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$limit", Limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            slugs.Add(reader.GetString(0));
        }
        return slugs;
    }

    public void Dispose() => _connection.Dispose();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
