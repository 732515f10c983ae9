using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Storage;

public sealed class ArticleStoreTests : IDisposable
{
    private static readonly List<Article> Seeds = Support.Ingest.ReadFolder(TestContent.SeedPath);
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

    private static FileRead Read(Article article, string hash = "h1") => new FileRead(article.FileName, hash, new FileStamp(1, 1), article, "raw text of " + article.FileName);

    [Fact]
    public void StoredArticles_ReadBackExactlyAsWritten()
    {
        _store.Apply([.. Seeds.Select(article => Read(article))]);
        var stored = _store.Articles();

        Assert.Equal(Seeds.Count, stored.Count);
        foreach (var (written, read) in Seeds.Zip(stored))
        {
            Assert.Equal(written with { Paragraphs = [], Removed = [] }, read with { Paragraphs = [], Removed = [] });
            Assert.Equal(written.Paragraphs, read.Paragraphs);
            Assert.Equal(written.Removed, read.Removed);
        }
        Assert.Equal(Seeds.Select(article => article.FileName), _store.Files().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReplacingOneArticle_LeavesTheOthersRowsUntouched_AndStoresItsNewText()
    {
        _store.Apply([.. Seeds.Select(article => Read(article))]);
        var translationRows = RowIds(TestContent.TranslationSlug);
        var rt = Seeds.Single(a => a.Slug == TestContent.RtSlug);
        var edited = rt with { Paragraphs = [rt.Paragraphs[0] with { Text = "Garrisons were mentioned here." }, .. rt.Paragraphs.Skip(1)] };

        _store.Apply([Read(edited, "h2")]);

        Assert.Equal(translationRows, RowIds(TestContent.TranslationSlug));
        var stored = _store.Articles().ToDictionary(article => article.Slug);
        Assert.Equal(edited.Paragraphs, stored[TestContent.RtSlug].Paragraphs);
        Assert.Equal(Seeds.Single(a => a.Slug == TestContent.TranslationSlug).Paragraphs, stored[TestContent.TranslationSlug].Paragraphs);
    }

    [Fact]
    public void FailedBatch_LeavesThePreviousContentIntact()
    {
        _store.Apply([.. Seeds.Select(article => Read(article))]);

        // A second file claiming the first file's slug breaks the primary key part-way through the transaction.
        var clash = Seeds[0] with { FileName = "clash.md" };
        Assert.Throws<SqliteException>(() => _store.Apply([Read(Seeds[1], "h2"), Read(clash)]));

        Assert.Equal(Seeds.Select(a => a.Paragraphs.Count), _store.Articles().Select(a => a.Paragraphs.Count));
        Assert.All(_store.Files().Values, file => Assert.Equal("h1", file.Hash));
    }

    [Fact]
    public void UnreadableFile_KeepsItsLastGoodVersion_AndRecordsWhy()
    {
        _store.Apply([.. Seeds.Select(article => Read(article))]);
        var rtFile = Seeds.Single(a => a.Slug == TestContent.RtSlug).FileName;

        _store.Apply([new FileFailed(rtFile, "h2", new FileStamp(2, 2), "the front matter is not valid YAML")]);

        Assert.Equal(Seeds.Select(a => a.Slug), _store.Articles().Select(a => a.Slug));
        var file = _store.Files()[rtFile];
        Assert.Equal(("h2", TestContent.RtSlug, "the front matter is not valid YAML"), (file.Hash, file.Slug, file.Error));
    }

    [Fact]
    public void RemovedFile_DropsItsArticleAndParagraphs_ButNotItsHistory()
    {
        _store.Apply([.. Seeds.Select(article => Read(article))]);
        var rt = Seeds.Single(a => a.Slug == TestContent.RtSlug);

        _store.Apply([new FileRemoved(rt.FileName)]);

        Assert.Equal([TestContent.TranslationSlug], _store.Articles().Select(a => a.Slug));
        Assert.Empty(RowIds(rt.Slug));
        Assert.Equal(rt.Paragraphs.Count, new ParagraphHistory(_database).For(rt.Slug).Count);
    }

    [Fact]
    public void FingerprintHistory_KeepsTextsOfEarlierVersions()
    {
        _store.Apply([.. Seeds.Select(article => Read(article))]);
        var rt = Seeds.Single(a => a.Slug == TestContent.RtSlug);

        _store.Apply([Read(rt with { Paragraphs = [.. rt.Paragraphs.Skip(1)] }, "h2")]);

        var history = new ParagraphHistory(_database).For(rt.Slug);
        Assert.Contains(history, h => h.Fingerprint == rt.Paragraphs[0].Fingerprint && h.Text == rt.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void ArticlesWhoseSlugsSortSideBySide_EachReadBackWithOnlyItsOwnParagraphs_InOrder(int paragraphs)
    {
        // Slugs that are prefixes of one another, and more than nine paragraphs (10 must follow 9, not 1).
        string[] slugs = ["mali", "mali-1", "mali-b", "mali-10", "nord"];
        var written = slugs.Select(slug => new Article(slug, slug + ".md", "Title of " + slug, "Source", null, null, null, "story",
            [.. Enumerable.Range(1, paragraphs).Select(n => new Paragraph(Paragraph.MakeId(slug, n), slug, n, $"Paragraph {n} of {slug}.", $"{slug}/{n}"))],
            slug == "mali-1" ? [new RemovedFragment("Share this article", RemovalRule.SharePrompt, 1)] : [])).ToList();

        _store.Apply([.. written.Select(article => Read(article))]);
        var read = _store.Articles().ToDictionary(article => article.Slug);

        Assert.Equal(slugs.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var article in written)
        {
            Assert.Equal(article.Paragraphs, read[article.Slug].Paragraphs);
            Assert.Equal(article.Removed, read[article.Slug].Removed);
        }
    }

    private List<long> RowIds(string slug)
    {
        using var connection = _database.OpenReadOnly();
        return [.. connection.Query("SELECT pk FROM paragraphs WHERE slug = $slug ORDER BY n", ("$slug", slug)).Select(row => row.GetInt64(0))];
    }
}
