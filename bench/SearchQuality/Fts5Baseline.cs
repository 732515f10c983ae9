using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace SearchQuality;

/// <summary>
/// Plain FTS5 over the app's own paragraph index (the very paragraphs the app searches), read-only:
/// the query's words quoted and OR-ed (the baseline) or left to FTS5's implicit AND, ordered by bm25.
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
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
    }

    public IReadOnlyList<string> SearchAny(string query) => Search(string.Join(" OR ", Terms(query)));

    public IReadOnlyList<string> SearchAll(string query) => Search(string.Join(' ', Terms(query)));

    /// <summary>The query's letter and digit runs, each double-quoted so that FTS5 reads none of them as syntax.</summary>
    public static IReadOnlyList<string> Terms(string query) =>
        [.. Word().Matches(query).Select(match => "\"" + match.Value + "\"")];

    /// <summary>The slug of each matching paragraph, best bm25 first.</summary>
    private List<string> Search(string match)
    {
        var slugs = new List<string>();
        if (match.Length == 0)
        {
            return slugs;
        }
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT p.slug
            FROM paragraph_index JOIN paragraphs p ON p.pk = paragraph_index.rowid
            WHERE paragraph_index MATCH $q
            ORDER BY bm25(paragraph_index)
            LIMIT $limit
            """;
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
