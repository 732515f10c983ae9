using MaliReader.Tests.Support;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// Start-up serves the stored articles without reading the whole database file; damage is still found,
/// by loading when it runs into it, or by the whole-file check that follows start-up.
/// </summary>
public sealed class DatabaseCheckTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    [Fact]
    public void DamageStartUpDoesNotRead_IsFoundByTheCheckAfterIt_AndContentIsReadAgain()
    {
        StoreOneArticle();
        // The paragraph history's index is not read at start-up.
        Damage("sqlite_autoindex_fingerprint_history_1");

        using var restarted = new Support.Ingest(_content);
        var served = restarted.Sync();
        Assert.Equal(["good"], served.Articles.Select(a => a.Slug));
        Assert.False(restarted.Database.IsIntact());

        restarted.Writer.CheckDatabase();

        Assert.True(File.Exists(restarted.Database.SetAsidePath));
        Assert.True(restarted.Database.IsIntact());
        Assert.Equal(["good"], restarted.Current.Value.Articles.Select(a => a.Slug));
        Assert.Equal(["good-1"], Matching(restarted.Database, "lantern"));
    }

    [Fact]
    public void DamageLoadingRunsInto_IsSetAsideAtStartUp_AndContentIsReadAgain()
    {
        StoreOneArticle();
        Damage("paragraphs");

        using var restarted = new Support.Ingest(_content);
        var served = restarted.Sync();

        Assert.True(File.Exists(restarted.Database.SetAsidePath));
        Assert.Equal(["good"], served.Articles.Select(a => a.Slug));
        Assert.Equal(["good-1"], Matching(restarted.Database, "lantern"));
    }

    [Fact]
    public void IntactDatabase_PassesTheCheck_AndNothingIsSetAside()
    {
        StoreOneArticle();

        using var restarted = new Support.Ingest(_content);
        restarted.Sync();
        restarted.Writer.CheckDatabase();

        Assert.Null(restarted.Database.SetAsidePath);
        Assert.Equal(["good"], restarted.Current.Value.Articles.Select(a => a.Slug));
    }

    private void StoreOneArticle()
    {
        _content.Write("good.md", TestContent.Article("Good", "Source", "s", "A lantern in the window."));
        using var first = new Support.Ingest(_content);
        first.Sync();
    }

    /// <summary>Overwrites the root page of <paramref name="table"/> with noise, as a failing disk might.</summary>
    private void Damage(string table)
    {
        long rootPage, pageSize;
        using (var connection = new SqliteConnection($"Data Source={_content.DatabasePath}"))
        {
            connection.Open();
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            rootPage = connection.Query("SELECT rootpage FROM sqlite_schema WHERE name = $name", ("$name", table)).Select(row => row.GetInt64(0)).Single();
            pageSize = (long)connection.Scalar("PRAGMA page_size")!;
        }
        SqliteConnection.ClearAllPools();
        using var file = File.OpenWrite(_content.DatabasePath);
        file.Position = (rootPage - 1) * pageSize;
        file.Write(Enumerable.Repeat((byte)0xA5, (int)pageSize).ToArray());
    }

    private static List<string> Matching(Database database, string word)
    {
        using var connection = database.OpenReadOnly();
        return [.. connection.Query("""
            SELECT id FROM paragraphs WHERE instr(text, $word) > 0
            """, ("$word", word)).Select(row => row.GetString(0))];
    }
}
