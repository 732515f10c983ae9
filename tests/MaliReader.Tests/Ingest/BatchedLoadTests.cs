using System.Net;
using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using MaliReader.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// A large folder is read in batches: the site serves the first batch at once and more as it is read, says
/// how far the load has come, and ends with exactly what reading the folder in one go gives.
/// </summary>
public sealed class BatchedLoadTests : IDisposable
{
    private const int BatchSize = 3;

    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly List<IDisposable> _owned = [];

    public BatchedLoadTests()
    {
        // Twelve article files in four stories (files of a story far apart in name order), a story file, a
        // page sidecar, a file that cannot be read and two files claiming one slug, in different batches.
        for (var i = 0; i < 10; i++)
        {
            _content.Write($"a{i:00}.md", TestContent.Article($"Account {i}", $"Outlet {i}", $"story-{i % 4}",
                $"Paragraph one of account {i}, about harvest number {i}.", $"Paragraph two of account {i}."));
        }
        _content.Write("Claimed.md", TestContent.Article("Holder", "Outlet", "story-0", "The holder of the claimed slug."));
        _content.Write("claimed.md", TestContent.Article("Latecomer", "Outlet", "story-0", "A later file claiming the slug."));
        _content.Write("broken.md", "---\ntitle: [unclosed\n---\n\nText.");
        _content.Write("story-3.story.yml", "title: \"The third story\"\n");
        _content.Write("gone.yml", "source: \"A sidecar with no page\"\n");
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
        _content.Dispose();
    }

    private const int ArticleFiles = 13;

    [Fact]
    public void FirstBatch_ServesTheFilesRead_AndSaysHowMany()
    {
        var (ingest, _) = Ingest("first.db", BatchSize);

        var snapshot = ingest.SyncFirstBatch();

        Assert.Equal(new LoadProgress(BatchSize, ArticleFiles), snapshot.Loading);
        Assert.Equal(["Claimed.md", "a00.md", "a01.md"], snapshot.Articles.Select(article => article.FileName).Order(StringComparer.Ordinal));
        Assert.True(ingest.IsLoading);
        // The story file's articles may be still to come: it is not reported as read for nothing yet.
        Assert.Empty(snapshot.Warnings);
    }

    [Fact]
    public void BatchAfterBatch_ServesMoreEachTime_AndEndsWithWhatAOneShotLoadGives()
    {
        var (batched, _) = Ingest("batched.db", BatchSize);
        var (oneShot, _) = Ingest("one-shot.db", 1000);
        var expected = oneShot.Sync();
        Assert.Null(expected.Loading);

        var served = new List<ContentSnapshot>();
        do
        {
            served.Add(batched.SyncFirstBatch());
        }
        while (batched.IsLoading);

        Assert.Equal(5, served.Count);
        Assert.Equal([3, 6, 9, 12], served.SkipLast(1).Select(snapshot => snapshot.Loading!.FilesRead));
        Assert.All(served.SkipLast(1), snapshot => Assert.Equal(ArticleFiles, snapshot.Loading!.Files));
        Assert.Equal(served.Count, served.Select(snapshot => snapshot.Version).Distinct().Count());
        var last = served[^1];
        Assert.Null(last.Loading);
        AssertSame(expected, last);
        // Each article served part-way is served, unchanged, at the end.
        foreach (var article in served.SelectMany(snapshot => snapshot.Articles))
        {
            Assert.Equal(Describe(last.Article(article.Slug)!), Describe(article));
        }
    }

    [Fact]
    public void WholeSyncInBatches_GivesWhatAOneShotLoadGives_AndARestartReadsNothing()
    {
        var (batched, _) = Ingest("batched.db", BatchSize);
        var (oneShot, _) = Ingest("one-shot.db", 1000);

        var snapshot = batched.Sync();

        AssertSame(oneShot.Sync(), snapshot);
        var (restarted, current) = Ingest("batched.db", BatchSize);
        var reloaded = restarted.SyncFirstBatch();
        Assert.Null(reloaded.Loading);
        AssertSame(snapshot, reloaded);
        Assert.Same(reloaded, current.Value);
    }

    [Fact]
    public async Task RunningApp_DuringALoad_ServesWhatIsRead_SearchesIt_AndSaysItIsLoading()
    {
        // The watcher that finishes the load is left out, so the app stays part-loaded until the test says.
        using var app = new MaliReaderApp(_content);
        using var partLoaded = app.WithWebHostBuilder(builder => builder
            .UseSetting("Content:LoadBatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureServices(services => services.Remove(services.Single(service => service.ImplementationType == typeof(ContentWatcher)))));
        using var client = partLoaded.CreateClient();

        Assert.Equal(BatchSize, (await ArticleSlugs(client)).Count);
        Assert.Equal("Degraded: loading content, 3 of 13 files read, 3 articles served so far",
            (await client.GetStringAsync("/healthz")).Split(';')[0].TrimEnd());
        Assert.Contains("Loading content: 3 of 13 files read.", await client.GetStringAsync("/status"), StringComparison.Ordinal);
        Assert.Equal(["a01-1"], await SearchHits(client, "\"harvest number 1\""));
        Assert.Empty(await SearchHits(client, "\"harvest number 7\""));

        partLoaded.Services.GetRequiredService<ContentIngest>().Sync();

        Assert.Equal(ArticleFiles - 2, (await ArticleSlugs(client)).Count);
        Assert.DoesNotContain("loading", await client.GetStringAsync("/healthz"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Loading content", await client.GetStringAsync("/status"), StringComparison.Ordinal);
        Assert.Equal(["a07-1"], await SearchHits(client, "\"harvest number 7\""));
    }

    [Fact]
    public async Task RunningApp_FinishesTheLoadByItself_AndPreparesOnlyTheWholeLibrary()
    {
        using var app = new MaliReaderApp(_content);
        using var batched = app.WithWebHostBuilder(builder =>
            builder.UseSetting("Content:LoadBatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var client = batched.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetStringAsync("/healthz")).Contains("loading", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The load never finished");
            await Task.Delay(50);
        }

        Assert.Equal(ArticleFiles - 2, (await ArticleSlugs(client)).Count);
        await WaitForLog(app, "Prepared comparisons and the search index of 11 articles");
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Contains("Prepared comparisons", StringComparison.Ordinal)
            && !entry.Contains("of 11 articles", StringComparison.Ordinal));
    }

    private (ContentIngest Ingest, CurrentSnapshot Current) Ingest(string databaseName, int batchSize)
    {
        var database = new Database(Path.Combine(_content.Root, databaseName));
        var current = new CurrentSnapshot();
        _owned.Add(current);
        var ingest = new ContentIngest(Options.Create(new ContentOptions { Path = _content.ContentPath, LoadBatchSize = batchSize }),
            database, new ArticleStore(database, TimeProvider.System), new ComparisonStore(database), current, NullLogger<ContentIngest>.Instance);
        return (ingest, current);
    }

    private static void AssertSame(ContentSnapshot expected, ContentSnapshot actual)
    {
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Articles.Select(Describe), actual.Articles.Select(Describe));
        Assert.Equal(expected.Errors, actual.Errors);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Stories.Select(story => (story.Name, story.Title, story.Articles.Count)),
            actual.Stories.Select(story => (story.Name, story.Title, story.Articles.Count)));
        Assert.Equal("claimed.md", Assert.Single(actual.Errors, error => error.Reason.Contains("already used", StringComparison.Ordinal)).FileName);
        Assert.Equal(["gone.yml"], actual.Warnings.Select(warning => warning.FileName));
    }

    private static string Describe(MaliReader.Web.Articles.Article article) =>
        $"{article.FileName} {article.Slug} {article.Title} {article.Story}: " +
        string.Join(" | ", article.Paragraphs.Select(paragraph => $"{paragraph.Id} {paragraph.Fingerprint} {paragraph.Text}"));

    private static async Task<List<string>> ArticleSlugs(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/articles"));
        return [.. json.RootElement.EnumerateArray().Select(article => article.GetProperty("slug").GetString()!)];
    }

    private static async Task<List<string>> SearchHits(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("paragraphId").GetString()!)];
    }

    private static async Task WaitForLog(MaliReaderApp app, string message)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!app.Logs.Entries.Any(entry => entry.Contains(message, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The log never said \"{message}\"; it said:\n{string.Join('\n', app.Logs.Entries)}");
            await Task.Delay(50);
        }
    }
}
