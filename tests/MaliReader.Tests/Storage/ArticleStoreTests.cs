using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Storage;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly Database _database;
    private readonly ArticleStore _store;

    public ArticleStoreTests()
    {
        _database = new Database(_content.DatabasePath);
        _database.EnsureReady();
        _store = new ArticleStore(_database, TimeProvider.System);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void StoredArticles_ReadBackExactlyAsWritten()
    {
        var seeds = ContentLoader.Load(TestContent.SeedPath).Articles;

        _store.Replace(seeds, [], "hash-1");
        var stored = _store.LoadAll();

        Assert.Equal("hash-1", _store.StoredContentHash());
        Assert.Equal(seeds.Count, stored.Articles.Count);
        foreach (var (written, read) in seeds.Zip(stored.Articles))
        {
            Assert.Equal(written with { Paragraphs = [], Removed = [] }, read with { Paragraphs = [], Removed = [] });
            Assert.Equal(written.Paragraphs, read.Paragraphs);
            Assert.Equal(written.Removed, read.Removed);
        }
    }

    [Fact]
    public void FullTextIndex_FindsStoredParagraphsWithStemming()
    {
        _store.Replace(ContentLoader.Load(TestContent.SeedPath).Articles, [], "hash");

        using var connection = _database.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.id FROM paragraph_index JOIN paragraphs p ON p.pk = paragraph_index.rowid
            WHERE paragraph_index MATCH $query ORDER BY p.id
            """;
        command.Parameters.AddWithValue("$query", "\"colony\"");
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        Assert.Equal(["mali-france-rt-6", "mali-france-translation-10"], ids);
    }

    [Fact]
    public void FailedRebuild_LeavesThePreviousContentIntact()
    {
        var seeds = ContentLoader.Load(TestContent.SeedPath).Articles;
        _store.Replace(seeds, [], "good");

        // Two articles with one slug break the primary key part-way through the transaction.
        var broken = seeds.Append(seeds[0]).ToList();
        Assert.Throws<SqliteException>(() => _store.Replace(broken, [], "broken"));

        Assert.Equal("good", _store.StoredContentHash());
        Assert.Equal(seeds.Select(a => a.Paragraphs.Count), _store.LoadAll().Articles.Select(a => a.Paragraphs.Count));
    }

    [Fact]
    public void UnreadableFile_KeepsItsLastGoodVersion()
    {
        var seeds = ContentLoader.Load(TestContent.SeedPath).Articles;
        _store.Replace(seeds, [], "both");

        var rtFile = seeds.Single(a => a.Slug == TestContent.RtSlug).FileName;
        _store.Replace([.. seeds.Where(a => a.FileName != rtFile)], [rtFile], "rt broken");

        Assert.Equal(seeds.Select(a => a.Slug), _store.LoadAll().Articles.Select(a => a.Slug));
    }

    [Fact]
    public void DeletedFile_IsDroppedOnRebuild()
    {
        var seeds = ContentLoader.Load(TestContent.SeedPath).Articles;
        _store.Replace(seeds, [], "both");

        _store.Replace([.. seeds.Where(a => a.Slug != TestContent.RtSlug)], [], "one");

        Assert.Equal([TestContent.TranslationSlug], _store.LoadAll().Articles.Select(a => a.Slug));
    }

    [Fact]
    public void FingerprintHistory_KeepsTextsOfEarlierVersions()
    {
        var seeds = ContentLoader.Load(TestContent.SeedPath).Articles;
        _store.Replace(seeds, [], "v1");
        var rt = seeds.Single(a => a.Slug == TestContent.RtSlug);
        var edited = rt with { Paragraphs = [.. rt.Paragraphs.Skip(1)] };

        _store.Replace([edited], [], "v2");

        var history = _store.LoadAll().History;
        Assert.Contains(history, h => h.Fingerprint == rt.Paragraphs[0].Fingerprint && h.Text == rt.Paragraphs[0].Text);
    }

    [Fact]
    public void GarbageDatabaseFile_IsRecreated()
    {
        SqliteConnection.ClearAllPools();
        File.WriteAllText(_content.DatabasePath, "this is not a database, it is a shopping list");
        var database = new Database(_content.DatabasePath);

        Assert.True(database.EnsureReady());
        var store = new ArticleStore(database, TimeProvider.System);
        Assert.Null(store.StoredContentHash());
        Assert.Empty(store.LoadAll().Articles);
    }

    [Fact]
    public void HealthyDatabaseFile_IsReused()
    {
        _store.Replace(ContentLoader.Load(TestContent.SeedPath).Articles, [], "kept");

        Assert.False(new Database(_content.DatabasePath).EnsureReady());
        Assert.Equal("kept", _store.StoredContentHash());
    }
}
