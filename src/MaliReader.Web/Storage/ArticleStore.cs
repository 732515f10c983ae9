using System.Globalization;
using System.Text.Json;
using MaliReader.Web.Articles;
using Microsoft.Data.Sqlite;

namespace MaliReader.Web.Storage;

/// <summary>
/// The write side's SQLite store: one row per content file, the article each readable file gave, its
/// paragraphs and the history of every paragraph text an article has had. Changes are applied per
/// article, never by rebuilding the whole store. Search builds its own index in memory from the snapshot.
/// </summary>
public sealed class ArticleStore(Database database, TimeProvider clock)
{
    /// <summary>Every content file the store knows, by file name (relative to the content folder, '/'-separated).</summary>
    public Dictionary<string, StoredFile> Files()
    {
        using var connection = database.Open();
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        foreach (var row in connection.Query(
            "SELECT file_name, hash, rules_version, slug, error, length, modified_ticks, changed_ticks, inode FROM content_files"))
        {
            files[row.GetString(0)] = new StoredFile(row.GetString(0), row.GetString(1), row.GetInt32(2),
                row.GetNullableString(3), row.GetNullableString(4),
                new FileStamp(row.GetInt64(5), row.GetInt64(6), row.GetInt64(7), row.GetInt64(8)));
        }
        return files;
    }

    /// <summary>
    /// Applies a batch of file changes in one transaction: all or nothing, so a failure part-way leaves
    /// the store as it was. Each change touches only its own article's rows.
    /// </summary>
    public void Apply(IReadOnlyCollection<FileChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }
        using var connection = database.OpenForBatch();
        // A first load writes every article in one transaction: with SQLite's default 2 MB page cache
        // the transaction spills to the WAL over and over. The connection is not pooled, so the 64 MB
        // it may fill are given back once the batch is written. NORMAL sync in WAL mode stays consistent
        // after a crash of the app and loses at most the last transaction on power loss, which the
        // next start reads again from content anyway.
        connection.Execute("PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;");
        using var transaction = connection.BeginTransaction();
        using var writer = new Writer(connection, transaction, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        foreach (var change in changes)
        {
            switch (change)
            {
                case FileRead read:
                    writer.DeleteArticleOf(read.FileName);
                    writer.InsertArticle(read.Article, read.RawText);
                    writer.RecordRead(read.FileName, read.Hash, read.Stamp, read.Article.Slug);
                    break;
                case FileFailed failed:
                    // The last good article, if any, stays: only the file's record says why it was not read.
                    writer.RecordFailure(failed.FileName, failed.Hash, failed.Stamp, failed.Reason);
                    break;
                case FileRemoved removed:
                    writer.DeleteArticleOf(removed.FileName);
                    writer.ForgetFile(removed.FileName);
                    break;
                case FileRestamped restamped:
                    writer.Restamp(restamped.FileName, restamped.Stamp);
                    break;
            }
        }
        transaction.Commit();
    }

    /// <summary>Every stored article with its paragraphs and removals: what the read model is built from.</summary>
    public List<Article> Articles()
    {
        using var connection = database.Open();
        var articles = new List<Article>();
        // One pass over articles joined to their paragraphs in slug order: a restart builds each article
        // as its rows stream by, with no second lookup and nothing read again from content.
        List<Paragraph>? paragraphs = null;
        foreach (var row in connection.Query("""
            SELECT a.slug, a.file_name, a.title, a.source, a.note, a.url, a.published, a.story, a.removed,
                   p.id, p.n, p.text, p.fingerprint
            FROM articles a LEFT JOIN paragraphs p ON p.slug = a.slug
            ORDER BY a.slug, p.n
            """))
        {
            var slug = row.GetString(0);
            if (articles.Count == 0 || articles[^1].Slug != slug)
            {
                paragraphs = [];
                articles.Add(new Article(slug, row.GetString(1), row.GetString(2), row.GetString(3), row.GetNullableString(4),
                    row.GetNullableString(5), row.GetNullableString(6), row.GetString(7), paragraphs, RemovedFrom(row.GetString(8))));
            }
            if (!row.IsDBNull(9))
            {
                paragraphs!.Add(new Paragraph(row.GetString(9), slug, row.GetInt32(10), row.GetString(11), row.GetString(12)));
            }
        }
        return articles;
    }

    // Most articles have nothing removed: their "[]" needs no parser.
    private static List<RemovedFragment> RemovedFrom(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize(json, StoredJson.Default.ListRemovedFragment) ?? [];

    /// <summary>Prepared statements reused across a batch (one transaction).</summary>
    private sealed class Writer : IDisposable
    {
        private readonly SqliteCommand _deleteParagraphs;
        private readonly SqliteCommand _deleteArticle;
        private readonly SqliteCommand _insertArticle;
        private readonly SqliteCommand _insertParagraph;
        private readonly SqliteCommand _recordFingerprint;
        private readonly SqliteCommand _recordFile;
        private readonly SqliteCommand _recordFailure;
        private readonly SqliteCommand _forgetFile;
        private readonly SqliteCommand _restamp;
        private readonly string _now;

        public Writer(SqliteConnection connection, SqliteTransaction transaction, string now)
        {
            _now = now;
            _deleteParagraphs = connection.Prepare(transaction,
                "DELETE FROM paragraphs WHERE slug IN (SELECT slug FROM articles WHERE file_name = $file_name)", "$file_name");
            _deleteArticle = connection.Prepare(transaction, "DELETE FROM articles WHERE file_name = $file_name", "$file_name");
            _insertArticle = connection.Prepare(transaction, """
                INSERT INTO articles (slug, file_name, title, source, note, url, published, story, removed, raw_text)
                VALUES ($slug, $file_name, $title, $source, $note, $url, $published, $story, $removed, $raw_text)
                """, "$slug", "$file_name", "$title", "$source", "$note", "$url", "$published", "$story", "$removed", "$raw_text");
            _insertParagraph = connection.Prepare(transaction, """
                INSERT INTO paragraphs (id, slug, n, text, fingerprint)
                VALUES ($id, $slug, $n, $text, $fingerprint)
                """, "$id", "$slug", "$n", "$text", "$fingerprint");
            _recordFingerprint = connection.Prepare(transaction, """
                INSERT INTO fingerprint_history (slug, fingerprint, text, last_n, first_seen, last_seen)
                VALUES ($slug, $fingerprint, $text, $n, $now, $now)
                ON CONFLICT (slug, fingerprint) DO UPDATE SET
                    text = excluded.text, last_n = excluded.last_n, last_seen = excluded.last_seen
                """, "$slug", "$fingerprint", "$text", "$n", "$now");
            _recordFile = connection.Prepare(transaction, """
                INSERT INTO content_files (file_name, hash, rules_version, length, modified_ticks, changed_ticks, inode, slug, error)
                VALUES ($file_name, $hash, $rules_version, $length, $modified_ticks, $changed_ticks, $inode, $slug, NULL)
                ON CONFLICT (file_name) DO UPDATE SET
                    hash = excluded.hash, rules_version = excluded.rules_version, length = excluded.length,
                    modified_ticks = excluded.modified_ticks, changed_ticks = excluded.changed_ticks, inode = excluded.inode,
                    slug = excluded.slug, error = NULL
                """, "$file_name", "$hash", "$rules_version", "$length", "$modified_ticks", "$changed_ticks", "$inode", "$slug");
            // A failure keeps the slug of the last good version, whose article is still stored and served.
            _recordFailure = connection.Prepare(transaction, """
                INSERT INTO content_files (file_name, hash, rules_version, length, modified_ticks, changed_ticks, inode, slug, error)
                VALUES ($file_name, $hash, $rules_version, $length, $modified_ticks, $changed_ticks, $inode, NULL, $error)
                ON CONFLICT (file_name) DO UPDATE SET
                    hash = excluded.hash, rules_version = excluded.rules_version, length = excluded.length,
                    modified_ticks = excluded.modified_ticks, changed_ticks = excluded.changed_ticks, inode = excluded.inode,
                    error = excluded.error
                """, "$file_name", "$hash", "$rules_version", "$length", "$modified_ticks", "$changed_ticks", "$inode", "$error");
            _restamp = connection.Prepare(transaction, """
                UPDATE content_files SET length = $length, modified_ticks = $modified_ticks, changed_ticks = $changed_ticks,
                    inode = $inode
                WHERE file_name = $file_name
                """, "$file_name", "$length", "$modified_ticks", "$changed_ticks", "$inode");
            _forgetFile = connection.Prepare(transaction, "DELETE FROM content_files WHERE file_name = $file_name", "$file_name");
        }

        public void DeleteArticleOf(string fileName)
        {
            // The paragraphs first: they find the article through its file name.
            _deleteParagraphs.Run(fileName);
            _deleteArticle.Run(fileName);
        }

        public void InsertArticle(Article article, string rawText)
        {
            _insertArticle.Run(article.Slug, article.FileName, article.Title, article.Source, article.Note, article.Url,
                article.Published, article.Story, JsonSerializer.Serialize(article.Removed, StoredJson.Default.IReadOnlyListRemovedFragment), rawText);
            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                var paragraph = article.Paragraphs[i];
                _insertParagraph.Run(paragraph.Id, article.Slug, paragraph.N, paragraph.Text, paragraph.Fingerprint);
                _recordFingerprint.Run(article.Slug, paragraph.Fingerprint, paragraph.Text, paragraph.N, _now);
            }
        }

        public void RecordRead(string fileName, string hash, FileStamp stamp, string slug) =>
            _recordFile.Run(fileName, hash, ArticleReader.RulesVersion, stamp.Length, stamp.ModifiedTicks, stamp.ChangedTicks,
                stamp.Inode, slug);

        public void RecordFailure(string fileName, string hash, FileStamp stamp, string reason) =>
            _recordFailure.Run(fileName, hash, ArticleReader.RulesVersion, stamp.Length, stamp.ModifiedTicks, stamp.ChangedTicks,
                stamp.Inode, reason);

        public void Restamp(string fileName, FileStamp stamp) =>
            _restamp.Run(fileName, stamp.Length, stamp.ModifiedTicks, stamp.ChangedTicks, stamp.Inode);

        public void ForgetFile(string fileName) => _forgetFile.Run(fileName);

        public void Dispose()
        {
            foreach (var command in new[] { _deleteParagraphs, _deleteArticle, _insertArticle, _insertParagraph,
                _recordFingerprint, _recordFile, _recordFailure, _forgetFile, _restamp })
            {
                command.Dispose();
            }
        }
    }
}

/// <summary>What the store knows of one content file: the hash of its bytes when last read, and its article or error.</summary>
public sealed record StoredFile(string FileName, string Hash, int RulesVersion, string? Slug, string? Error, FileStamp Stamp);

/// <summary>
/// A file's size in bytes, last write time and status-change time (ctime) in UTC ticks, and inode (the system's unsigned
/// number cast to 64-bit signed): when all are as stored, the file is not read again. Not its device number, which a
/// file system gets anew each time it is mounted.
/// </summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks, long ChangedTicks = FileStamp.Unknown, long Inode = 0)
{
    /// <summary>No status-change time: a system that gives none, or a row stored before it was kept.</summary>
    public const long Unknown = -1;

    /// <summary>
    /// Whether this stamp, stored before a restart, still tells that the file holds the bytes read then. Size and write
    /// time alone do not: a folder restored by cp -p, rsync -a or tar keeps them for other bytes.
    /// </summary>
    public bool SurvivesRestart => ChangedTicks != Unknown;
}

/// <summary>One change to the content folder, as the store applies it.</summary>
public abstract record FileChange(string FileName);

/// <summary>The file was read into an article, which replaces whatever the file gave before.</summary>
public sealed record FileRead(string FileName, string Hash, FileStamp Stamp, Article Article, string RawText) : FileChange(FileName);

/// <summary>The file could not be read; its last good article, if any, is kept.</summary>
public sealed record FileFailed(string FileName, string Hash, FileStamp Stamp, string Reason) : FileChange(FileName);

/// <summary>The file was read again and its bytes are those stored: only its stamp is new, so it is not read at the next start.</summary>
public sealed record FileRestamped(string FileName, FileStamp Stamp) : FileChange(FileName);

/// <summary>
/// The file is gone, and so is its article (its links' history stays). <paramref name="MovedTo"/> names the file it
/// became when it was renamed or moved within the content folder (read as a new file all the same).
/// </summary>
public sealed record FileRemoved(string FileName, string? MovedTo = null) : FileChange(FileName);

