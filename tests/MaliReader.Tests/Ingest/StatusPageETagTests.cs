using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// /status shows every problem with the content, and its ETag changes with what it shows: before, a story file saved with
/// a mistake was named on the page while the page kept the ETag it had before, so a browser or shared cache revalidating
/// /status got 304 and never showed the author the mistake (a content folder gone: see GoneContentFolderTests).
/// </summary>
public sealed class StatusPageETagTests
{
    [Fact]
    public async Task AStoryFileThatBreaks_GivesStatusANewETag()
    {
        var content = new TestContent();
        content.Write($"{TestContent.Story}.story.yml", "title: \"Mali writes to the Security Council\"\n");
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();
        using var before = await client.GetAsync("/status");
        var tag = before.Headers.ETag;
        Assert.NotNull(tag);

        content.Write($"{TestContent.Story}.story.yml", "title: \"Mali writes to the Security Council\"\nheadline: \"A field the app does not know\"\n");
        app.Services.GetRequiredService<ContentIngest>().Sync();
        Assert.Contains($"{TestContent.Story}.story.yml", await client.GetStringAsync("/status"), StringComparison.Ordinal);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/status");
        revalidation.Headers.IfNoneMatch.Add(tag);
        using var answer = await client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }
}
