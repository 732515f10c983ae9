using System.Net;
using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// A content folder that is not there at all (a network share not yet mounted at boot, a folder moved away for a moment,
/// a typo in Content:Path at a restart) keeps every article at its last good version, as a folder the app may not list
/// does, and says so on /status and /healthz. Before, it took every article off the site: every story and permalink
/// answered 404 until the folder was back, though nobody had deleted a file.
/// </summary>
public sealed class GoneContentFolderTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose()
    {
        if (!Directory.Exists(_content.ContentPath) && Directory.Exists(_content.ContentPath + ".away"))
        {
            Directory.Move(_content.ContentPath + ".away", _content.ContentPath);
        }
        _content.Dispose();
    }

    [Fact]
    public async Task TheContentFolderGoneWhileRunning_KeepsServingTheArticles()
    {
        using var factory = new MaliReaderApp(_content);
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "1"));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{TestContent.RtSlug}")).StatusCode);

        Directory.Move(_content.ContentPath, _content.ContentPath + ".away");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await client.GetStringAsync("/healthz")).Contains("Content:Path", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains("Content:Path", await client.GetStringAsync("/healthz"), StringComparison.Ordinal);
        using var article = await client.GetAsync($"/api/articles/{TestContent.RtSlug}");
        using var permalink = await client.GetAsync($"/p/{TestContent.RtSlug}-3");
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.OK, permalink.StatusCode);
    }

    [Fact]
    public async Task ARestartWhileTheContentFolderIsMissing_ServesTheStoredArticles()
    {
        using (var first = new MaliReaderApp(_content))
        {
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{TestContent.RtSlug}")).StatusCode);
        }
        Directory.Move(_content.ContentPath, _content.ContentPath + ".away");

        using var restarted = new MaliReaderApp(_content);
        using var again = restarted.CreateClient();
        using var article = await again.GetAsync($"/api/articles/{TestContent.RtSlug}");

        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    [Fact]
    public async Task StatusPageCachedBeforeTheFolderWent_IsNotConfirmedByA304()
    {
        using var factory = new MaliReaderApp(_content);
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "1"));
        using var client = app.CreateClient();
        using var before = await client.GetAsync("/status");
        var tagBefore = before.Headers.ETag;
        Assert.NotNull(tagBefore);
        Assert.DoesNotContain("Content:Path", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Directory.Move(_content.ContentPath, _content.ContentPath + ".away");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await client.GetStringAsync("/healthz")).Contains("Content:Path", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Contains("Content:Path", await client.GetStringAsync("/status"), StringComparison.Ordinal);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/status");
        revalidation.Headers.IfNoneMatch.Add(tagBefore);
        using var answer = await client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Content:Path", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
