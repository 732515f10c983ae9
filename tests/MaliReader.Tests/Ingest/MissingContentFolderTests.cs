using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// A content folder that does not exist is reported by its setting on the public /status and /healthz, never by the
/// server's path to it, which the log gives the operator instead.
/// </summary>
public sealed class MissingContentFolderTests
{
    [Fact]
    public async Task AMissingContentFolder_IsNamedByItsSetting_AndItsPathOnlyInTheLog()
    {
        using var content = new TestContent();
        Directory.Delete(content.ContentPath, recursive: true);
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        using var status = await client.GetAsync("/status");
        var statusText = WebUtility.HtmlDecode(await status.Content.ReadAsStringAsync());
        var health = await client.GetStringAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("Content:Path", statusText, StringComparison.Ordinal);
        Assert.Contains("the content folder it names does not exist", statusText, StringComparison.Ordinal);
        Assert.StartsWith("Degraded: ", health, StringComparison.Ordinal);
        Assert.Contains("Content:Path: the content folder it names does not exist", health, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be read", health, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Root, statusText, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Root, health, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Entries, entry => entry.Contains(content.ContentPath, StringComparison.Ordinal));
    }
}
