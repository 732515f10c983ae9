using System.Globalization;
using System.Text.Json;
using MaliReader.Web.Articles;
using Microsoft.Data.Sqlite;

namespace MaliReader.Web.Storage;

/// <summary>Writes the cleaned articles to SQLite in one transaction and reads them back for the in-memory snapshot.</summary>
public sealed class ArticleStore(Database database, TimeProvider clock)
{
    private const string ContentHashKey = "content_hash";

    public string? StoredContentHash()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", ContentHashKey);
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// Replaces every stored article with <paramref name="articles"/>, except those stored from
    /// <paramref name="unreadableFiles"/>: a file that cannot be read now keeps its last good version.
    /// All or nothing: a failure part-way leaves the previous content in place.
    /// </summary>
    public void Replace(IReadOnlyList<Article> articles, IReadOnlyCollection<string> unreadableFiles, string contentHash)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();

        var keptFiles = JsonSerializer.Serialize(unreadableFiles);
        Execute(connection, transaction, """
            DELETE FROM paragraphs WHERE slug IN
                (SELECT slug FROM articles WHERE file_name NOT IN (SELECT value FROM json_each($kept)));
            DELETE FROM removed_fragments WHERE slug IN
                (SELECT slug FROM articles WHERE file_name NOT IN (SELECT value FROM json_each($kept)));
            DELETE FROM articles WHERE file_name NOT IN (SELECT value FROM json_each($kept));
            """, ("$kept", keptFiles));

        InsertArticles(connection, transaction, articles);
        Execute(connection, transaction, """
            INSERT INTO paragraph_index (paragraph_index) VALUES ('rebuild');
            DELETE FROM article_index;
            INSERT INTO article_index (slug, text) SELECT slug, group_concat(text, char(10)) FROM paragraphs GROUP BY slug;
            """);
        RecordFingerprints(connection, transaction);
        Execute(connection, transaction, """
            INSERT INTO meta (key, value) VALUES ($key, $value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, ("$key", ContentHashKey), ("$value", contentHash));

        transaction.Commit();
    }

    private static void InsertArticles(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Article> articles)
    {
        using var insertArticle = Prepare(connection, transaction, """
            INSERT INTO articles (slug, file_name, title, source, note, url, published, story, raw_text)
            VALUES ($slug, $file_name, $title, $source, $note, $url, $published, $story, $raw_text)
            """, "$slug", "$file_name", "$title", "$source", "$note", "$url", "$published", "$story", "$raw_text");
        using var insertParagraph = Prepare(connection, transaction, """
            INSERT INTO paragraphs (id, slug, n, text, fingerprint) VALUES ($id, $slug, $n, $text, $fingerprint)
            """, "$id", "$slug", "$n", "$text", "$fingerprint");
        using var insertRemoved = Prepare(connection, transaction, """
            INSERT INTO removed_fragments (slug, position, text, rule) VALUES ($slug, $position, $text, $rule)
            """, "$slug", "$position", "$text", "$rule");

        foreach (var article in articles)
        {
            Run(insertArticle, article.Slug, article.FileName, article.Title, article.Source, article.Note, article.Url,
                article.Published, article.Story, article.RawText);
            foreach (var paragraph in article.Paragraphs)
            {
                Run(insertParagraph, paragraph.Id, article.Slug, paragraph.N, paragraph.Text, paragraph.Fingerprint);
            }
            for (var position = 0; position < article.Removed.Count; position++)
            {
                var fragment = article.Removed[position];
                // Until removals are kept as JSON in the article row, the text column carries the whole placed fragment.
                Run(insertRemoved, article.Slug, position, System.Text.Json.JsonSerializer.Serialize(fragment), fragment.Rule.ToString());
            }
        }
    }

    /// <summary>Adds every current paragraph to the fingerprint history, keeping what older versions had.</summary>
    private void RecordFingerprints(SqliteConnection connection, SqliteTransaction transaction)
    {
        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        Execute(connection, transaction, """
            INSERT INTO fingerprint_history (slug, fingerprint, text, last_n, first_seen, last_seen)
            SELECT slug, fingerprint, text, n, $now, $now FROM paragraphs WHERE true
            ON CONFLICT (slug, fingerprint) DO UPDATE SET
                text = excluded.text, last_n = excluded.last_n, last_seen = excluded.last_seen
            """, ("$now", now));
    }

    public StoredContent LoadAll()
    {
        using var connection = database.Open();
        var paragraphs = new Dictionary<string, List<Paragraph>>();
        foreach (var row in Query(connection, "SELECT id, slug, n, text, fingerprint FROM paragraphs ORDER BY slug, n"))
        {
            var paragraph = new Paragraph(row.GetString(0), row.GetString(1), row.GetInt32(2), row.GetString(3), row.GetString(4));
            GetOrAdd(paragraphs, paragraph.Slug).Add(paragraph);
        }

        var removed = new Dictionary<string, List<RemovedFragment>>();
        foreach (var row in Query(connection, "SELECT slug, text, rule FROM removed_fragments ORDER BY slug, position"))
        {
            GetOrAdd(removed, row.GetString(0)).Add(System.Text.Json.JsonSerializer.Deserialize<RemovedFragment>(row.GetString(1))!);
        }

        var articles = new List<Article>();
        foreach (var row in Query(connection,
            "SELECT slug, file_name, title, source, note, url, published, story, raw_text FROM articles ORDER BY story, file_name"))
        {
            var slug = row.GetString(0);
            articles.Add(new Article(slug, row.GetString(1), row.GetString(2), row.GetString(3), NullableString(row, 4),
                NullableString(row, 5), NullableString(row, 6), row.GetString(7), row.GetString(8),
                paragraphs.GetValueOrDefault(slug) ?? [], removed.GetValueOrDefault(slug) ?? []));
        }

        var history = new List<HistoricParagraph>();
        foreach (var row in Query(connection, "SELECT slug, fingerprint, text, last_n, first_seen, last_seen FROM fingerprint_history"))
        {
            history.Add(new HistoricParagraph(row.GetString(0), row.GetString(1), row.GetString(2), row.GetInt32(3),
                Timestamp(row, 4), Timestamp(row, 5)));
        }
        return new StoredContent(articles, history);
    }

    private static List<T> GetOrAdd<T>(Dictionary<string, List<T>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }
        return list;
    }

    private static DateTimeOffset Timestamp(SqliteDataReader row, int ordinal) =>
        DateTimeOffset.Parse(row.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static IEnumerable<SqliteDataReader> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader;
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}

/// <summary>A paragraph text that an article had at some point, where it stood, and when it was first and last there.</summary>
public sealed record HistoricParagraph(string Slug, string Fingerprint, string Text, int LastN, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

public sealed record StoredContent(IReadOnlyList<Article> Articles, IReadOnlyList<HistoricParagraph> History);
