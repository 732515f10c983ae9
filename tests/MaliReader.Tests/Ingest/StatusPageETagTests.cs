using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// /status shows every problem with the content, and its ETag changes with what it shows: before, a content folder that
/// went or a story file saved with a mistake was named on the page while the page kept the ETag it had before, so a
/// browser or shared cache revalidating /status got 304 and went on showing "Every content file was read".
/// </summary>
public sealed class StatusPageETagTests : IDisposable
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

    [Fact]
    public async Task AStoryFileThatBreaks_GivesStatusANewETag()
    {
        _content.Write($"{TestContent.Story}.story.yml", "title: \"Mali writes to the Security Council\"\n");
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        using var before = await client.GetAsync("/status");
        var tag = before.Headers.ETag;
        Assert.NotNull(tag);

        _content.Write($"{TestContent.Story}.story.yml", "title: \"Mali writes to the Security Council\"\nheadline: \"A field the app does not know\"\n");
        app.Services.GetRequiredService<ContentIngest>().Sync();
        Assert.Contains($"{TestContent.Story}.story.yml", await client.GetStringAsync("/status"), StringComparison.Ordinal);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/status");
        revalidation.Headers.IfNoneMatch.Add(tag);
        using var answer = await client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }
}
