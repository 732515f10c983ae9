using System.Net;
using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Articles;

/// <summary>The pipeline as the running app uses it: start-up, bad files, restarts and edits while serving.</summary>
public sealed class ContentPipelineTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task MalformedFile_IsLoggedByName_AndTheOtherArticlesAreServed()
    {
        _content.Write("broken.md", "---\ntitle: \"oops\nsource: S\n---\n\nText.");
        using var app = new MaliReaderApp(_content);

        var summaries = await app.CreateClient().GetFromJsonAsync<List<ArticleSummary>>("/api/articles");

        Assert.Equal([TestContent.RtSlug, TestContent.TranslationSlug], summaries!.Select(a => a.Slug));
        Assert.Contains(app.Logs.Entries, entry => entry.Contains("broken.md", StringComparison.Ordinal)
            && entry.Contains("not valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileBrokenWhileStopped_KeepsItsLastGoodVersionAfterRestart()
    {
        using (var first = new MaliReaderApp(_content))
        {
            first.Services.GetRequiredService<ContentPipeline>();
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
        var pipeline = app.Services.GetRequiredService<ContentPipeline>();
        var before = pipeline.Current;

        var text = _content.Read("mali-france-translation.md");
        _content.Write("mali-france-translation.md", text + "\nA paragraph added while the app was serving.\n");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (ReferenceEquals(pipeline.Current, before) && DateTime.UtcNow < deadline)
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
        var pipeline = app.Services.GetRequiredService<ContentPipeline>();

        _content.Write("mali-france-rt.md", "\u0000\u0001 not an article");
        pipeline.Run();

        using var response = await client.GetAsync($"/api/articles/{TestContent.RtSlug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(pipeline.Current.Errors, error => error.FileName == "mali-france-rt.md");
    }

    [Fact]
    public async Task DeletedDatabase_IsRebuiltFromContentAtStartUp()
    {
        using (var first = new MaliReaderApp(_content))
        {
            first.Services.GetRequiredService<ContentPipeline>();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_content.DatabasePath);

        using var restarted = new MaliReaderApp(_content);
        var summaries = await restarted.CreateClient().GetFromJsonAsync<List<ArticleSummary>>("/api/articles");

        Assert.Equal(2, summaries!.Count);
    }
}
