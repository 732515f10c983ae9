using System.Net;
using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>Ingest as the running app uses it: start-up, bad files, restarts and edits while serving.</summary>
public sealed class RunningAppContentTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task MalformedFile_IsLoggedByName_AndTheOtherArticlesAreServed()
    {
        _content.Write("broken.md", "---\ntitle: [oops\n---\n\nText.");
        using var app = new MaliReaderApp(_content);

        var summaries = await app.CreateClient().GetFromJsonAsync<List<ArticleSummary>>("/api/articles");

        Assert.Equal([TestContent.RtSlug, TestContent.TranslationSlug], summaries!.Select(a => a.Slug));
        Assert.Contains(app.Logs.Entries, entry => entry.Contains("broken.md", StringComparison.Ordinal)
            && entry.Contains("YAML", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileBrokenWhileStopped_KeepsItsLastGoodVersionAfterRestart()
    {
        using (var first = new MaliReaderApp(_content))
        {
            first.Services.GetRequiredService<CurrentSnapshot>();
        }
        _content.Write("mali-france-rt.md", "---\ntitle: \"unterminated\n");

        using var restarted = new MaliReaderApp(_content);
        var article = await restarted.CreateClient().GetFromJsonAsync<ArticleDetail>($"/api/articles/{TestContent.RtSlug}");

        Assert.Equal(7, article!.Paragraphs.Count);
        Assert.Contains(restarted.Logs.Entries, entry => entry.Contains("mali-france-rt.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditWhileServing_IsPickedUpWithoutRestart()
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        var current = app.Services.GetRequiredService<CurrentSnapshot>();
        var before = current.Value;

        var text = _content.Read("mali-france-translation.md");
        _content.Write("mali-france-translation.md", text + "\nA paragraph added while the app was serving.\n");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (ReferenceEquals(current.Value, before) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        var article = await client.GetFromJsonAsync<ArticleDetail>($"/api/articles/{TestContent.TranslationSlug}");
        Assert.Equal("A paragraph added while the app was serving.", article!.Paragraphs[^1].Text);
    }

    [Fact]
    public async Task FileBrokenWhileServing_KeepsItsLastGoodVersion()
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        var ingest = app.Services.GetRequiredService<ContentIngest>();

        _content.Write("mali-france-rt.md", "\u0000\u0001 not an article");
        var snapshot = ingest.Sync();

        using var response = await client.GetAsync($"/api/articles/{TestContent.RtSlug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(snapshot.Errors, error => error.FileName == "mali-france-rt.md");
    }

    [Fact]
    public async Task DeletedDatabase_IsRebuiltFromContentAtStartUp()
    {
        using (var first = new MaliReaderApp(_content))
        {
            first.Services.GetRequiredService<CurrentSnapshot>();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_content.DatabasePath);

        using var restarted = new MaliReaderApp(_content);
        var summaries = await restarted.CreateClient().GetFromJsonAsync<List<ArticleSummary>>("/api/articles");

        Assert.Equal(2, summaries!.Count);
    }

    [Fact]
    public async Task HostileFileDroppedWhileServing_IsReported_AndTheSiteStaysUp()
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        var current = app.Services.GetRequiredService<CurrentSnapshot>();

        _content.Write("nested.md", TestContent.Article("Nested", "S", "s", new string('>', 1000) + " deep"));
        _content.Write("lists.md", TestContent.Article("Lists", "S", "s",
            string.Join("\n", Enumerable.Range(0, 5000).Select(depth => new string(' ', depth * 2) + "- item"))));
        await WaitFor(() => current.Value.Article("nested") is not null || current.Value.Errors.Any(e => e.FileName == "nested.md"));
        await WaitFor(() => current.Value.Article("lists") is not null || current.Value.Errors.Any(e => e.FileName == "lists.md"));

        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, (await client.GetFromJsonAsync<ArticleDetail>($"/api/articles/{TestContent.RtSlug}"))!.Paragraphs.Count);
    }

    [Fact]
    public async Task HostileFilePresentAtStartUp_DoesNotStopTheStart()
    {
        _content.Write("nested.md", TestContent.Article("Nested", "S", "s", new string('>', 1000) + " deep"));

        using var app = new MaliReaderApp(_content);
        var summaries = await app.CreateClient().GetFromJsonAsync<List<ArticleSummary>>("/api/articles");

        Assert.Contains(summaries!, summary => summary.Slug == TestContent.RtSlug);
    }

    [Fact]
    public async Task StatusPageAndHealthCheck_NameEachUnreadableFile()
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        Assert.Equal("Healthy", (await client.GetStringAsync("/healthz")).Split(':')[0]);
        Assert.Contains("Every content file was read", (await app.GetDocumentAsync("/status")).QuerySelector("main")!.TextContent,
            StringComparison.Ordinal);

        _content.Write("broken.md", "---\ntitle: [oops\n---\n\nText.");
        app.Services.GetRequiredService<ContentIngest>().Sync();

        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var healthText = await health.Content.ReadAsStringAsync();
        Assert.StartsWith("Degraded:", healthText, StringComparison.Ordinal);
        Assert.Contains("broken.md", healthText, StringComparison.Ordinal);
        var row = Assert.Single((await app.GetDocumentAsync("/status")).QuerySelectorAll(".status-errors tbody tr"));
        Assert.Equal("broken.md", row.QuerySelector("td code")!.TextContent);
        Assert.Contains("YAML", row.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentWithMarkup_IsNeverLiveOnTheStatusPage()
    {
        _content.Write("<img src=x onerror=alert(1)>.md", "no front matter <script>alert(2)</script>");
        using var app = new MaliReaderApp(_content);

        var document = await app.GetDocumentAsync("/status");

        Assert.Empty(document.QuerySelectorAll("main img, main script"));
        Assert.Contains("<img src=x onerror=alert(1)>.md", document.QuerySelector(".status-errors")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.True(condition(), "the watcher did not pick the change up within 20 s");
    }
}
