using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Storage;

/// <summary>The database is thrown away only when it is really corrupt, and the link history survives even that when it can.</summary>
public sealed class DatabaseTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    [Fact]
    public void GarbageDatabaseFile_IsSetAsideNotDeleted_AndStartedAfresh()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_content.DatabasePath)!);
        File.WriteAllText(_content.DatabasePath, "this is not a database, it is a shopping list");
        var database = new Database(_content.DatabasePath);

        Assert.True(database.EnsureReady());

        Assert.Equal("this is not a database, it is a shopping list", File.ReadAllText(database.SetAsidePath!));
        Assert.Empty(new ArticleStore(database, TimeProvider.System).Articles());
    }

    [Fact]
    public void CorruptDatabase_KeepsTheParagraphHistoryThatCanBeRead()
    {
        var database = new Database(_content.DatabasePath);
        database.EnsureReady();
        var seeds = Support.Ingest.ReadFolder(TestContent.SeedPath);
        new ArticleStore(database, TimeProvider.System).Apply([.. seeds.Select(a => new FileRead(a.FileName, "h", new FileStamp(1, 1), a, "raw"))]);
        var historyBefore = new ParagraphHistory(database).For(TestContent.RtSlug);
        // Damage the articles table's root page so that quick_check fails while the history table still reads.
        long rootPage, pageSize;
        using (var connection = database.Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
            command.CommandText = "SELECT rootpage FROM sqlite_schema WHERE name = 'articles'";
            rootPage = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)command.ExecuteScalar()!;
        }
        SqliteConnection.ClearAllPools();
        using (var file = File.OpenWrite(_content.DatabasePath))
        {
            file.Position = (rootPage - 1) * pageSize;
            file.Write(Enumerable.Repeat((byte)0xA5, (int)pageSize).ToArray());
        }

        var reopened = new Database(_content.DatabasePath);
        Assert.True(reopened.EnsureReady());

        Assert.Equal(historyBefore.Select(h => h.Fingerprint).Order(), new ParagraphHistory(reopened).For(TestContent.RtSlug).Select(h => h.Fingerprint).Order());
        Assert.Empty(new ArticleStore(reopened, TimeProvider.System).Articles());
    }

    [Fact]
    public void HealthyDatabaseFile_IsReused()
    {
        var database = new Database(_content.DatabasePath);
        database.EnsureReady();
        var seeds = Support.Ingest.ReadFolder(TestContent.SeedPath);
        new ArticleStore(database, TimeProvider.System).Apply([.. seeds.Select(a => new FileRead(a.FileName, "h", new FileStamp(1, 1), a, "raw"))]);

        Assert.False(new Database(_content.DatabasePath).EnsureReady());
        Assert.Equal(seeds.Count, new ArticleStore(database, TimeProvider.System).Articles().Count);
    }

    [Fact]
    public void DatabaseWithFullTextTables_Upgrades_KeepingArticlesAndHistory_WithoutTheTables()
    {
        // A database as the schema stood before the full-text tables were dropped, with one article in it.
        Directory.CreateDirectory(Path.GetDirectoryName(_content.DatabasePath)!);
        using (var old = new SqliteConnection($"Data Source={_content.DatabasePath}"))
        {
            old.Open();
            var assembly = typeof(Database).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith("Schema/0", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                if (int.Parse(name["Schema/".Length..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) > 11)
                {
                    continue;
                }
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                old.Execute(reader.ReadToEnd());
            }
            old.Execute("""
                PRAGMA user_version = 11;
                INSERT INTO content_files (file_name, hash, rules_version, slug, error, length, modified_ticks) VALUES ('old.md', 'h', 1, 'old', NULL, 10, 20);
                INSERT INTO articles (slug, file_name, title, source, note, url, published, story, removed, raw_text)
                    VALUES ('old', 'old.md', 'Old', 'Source', NULL, NULL, NULL, 'story', '[]', 'raw');
                INSERT INTO paragraphs (id, slug, n, text, fingerprint, search_text) VALUES ('old-1', 'old', 1, 'A lantern.', 'f1', 'a lantern');
                INSERT INTO fingerprint_history (slug, fingerprint, text, last_n, first_seen, last_seen) VALUES ('old', 'f0', 'Earlier.', 1, '2024-01-01T00:00:00.0000000+00:00', '2024-01-01T00:00:00.0000000+00:00');
                """);
        }
        SqliteConnection.ClearAllPools();

        var database = new Database(_content.DatabasePath);
        Assert.False(database.EnsureReady());

        var store = new ArticleStore(database, TimeProvider.System);
        Assert.Equal(["A lantern."], store.Articles().Single().Paragraphs.Select(p => p.Text));
        Assert.Equal(["f0"], new ParagraphHistory(database).For("old").Select(h => h.Fingerprint));
        using var connection = database.OpenReadOnly();
        Assert.Empty(connection.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND (name LIKE '%index%' OR name LIKE '%words%')")
            .Select(row => row.GetString(0)).ToList());
        // And it takes new articles as a new database does.
        var seeds = Support.Ingest.ReadFolder(TestContent.SeedPath);
        store.Apply([.. seeds.Select(a => new FileRead(a.FileName, "h", new FileStamp(1, 1), a, "raw"))]);
        Assert.Equal(seeds.Count + 1, store.Articles().Count);
    }

    [Fact]
    public void FailingMigration_StopsLoudly_AndKeepsTheFile()
    {
        var database = new Database(_content.DatabasePath);
        database.EnsureReady();
        // A table in the way of a future script's CREATE makes that script fail: a bug, not corruption.
        using (var connection = database.Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 2; CREATE TABLE keep_me (x); INSERT INTO keep_me VALUES (42);";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();

        var failing = new Database(_content.DatabasePath);
        Assert.Throws<SqliteException>(() => failing.EnsureReady());

        using var check = new SqliteConnection($"Data Source={_content.DatabasePath}");
        check.Open();
        using var read = check.CreateCommand();
        read.CommandText = "SELECT x FROM keep_me";
        Assert.Equal(42L, read.ExecuteScalar());
    }
}
