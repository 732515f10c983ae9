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
        new ArticleStore(database, TimeProvider.System).Apply([.. seeds.Select(a => FileRead.Of(a.FileName, "h", new FileStamp(1, 1), a, "raw"))]);
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
        new ArticleStore(database, TimeProvider.System).Apply([.. seeds.Select(a => FileRead.Of(a.FileName, "h", new FileStamp(1, 1), a, "raw"))]);

        Assert.False(new Database(_content.DatabasePath).EnsureReady());
        Assert.Equal(seeds.Count, new ArticleStore(database, TimeProvider.System).Articles().Count);
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
