using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Web.Search;

/// <summary>
/// One read-only connection with search's statements prepared on it, reused from query to query
/// (SQLite compiles a statement once per connection). Not thread-safe: one query at a time.
/// </summary>
internal sealed class IndexReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _candidates;
    private readonly SqliteCommand _count;

    public IndexReader(Database database)
    {
        _connection = database.OpenReadOnly();
        // One FTS5 pass: every matching paragraph with its bm25, once; from it the articles whose
        // paragraphs match best in sum (a cheap stand-in for the article's own relevance, only to bound
        // the work), and the matching paragraphs of those articles alone. The limit is SQL's, so the
        // rows read do not grow with the library.
        _candidates = Prepare("""
            WITH hits AS MATERIALIZED (
                SELECT p.id, p.slug, bm25(paragraph_words) AS bm25
                FROM paragraph_words JOIN paragraphs AS p ON p.pk = paragraph_words.rowid
                WHERE paragraph_words MATCH $match),
            best AS (SELECT slug FROM hits GROUP BY slug ORDER BY min(bm25), slug LIMIT $articles)
            SELECT id, (SELECT count(*) FROM hits) FROM hits WHERE slug IN best
            """, "$match", "$articles");
        _count = Prepare("SELECT count(*) FROM paragraph_words WHERE paragraph_words MATCH $match", "$match");
    }

    /// <summary>The ids of the matching paragraphs of the best <paramref name="articles"/> articles, and how many paragraphs match in all.</summary>
    public (List<string> Ids, int Total) Candidates(string match, int articles)
    {
        _candidates.Parameters["$match"].Value = match;
        _candidates.Parameters["$articles"].Value = articles;
        var ids = new List<string>();
        var total = 0;
        using var reader = _candidates.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
            total = reader.GetInt32(1);
        }
        return (ids, total);
    }

    /// <summary>How many paragraphs match.</summary>
    public int Count(string match)
    {
        _count.Parameters["$match"].Value = match;
        return Convert.ToInt32(_count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        command.Prepare();
        return command;
    }

    public void Dispose()
    {
        _candidates.Dispose();
        _count.Dispose();
        _connection.Dispose();
    }
}
