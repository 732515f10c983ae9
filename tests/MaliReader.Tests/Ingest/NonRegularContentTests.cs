using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// Entries of the content folder named like content that are not regular files: a named pipe (whose read waits for
/// ever), a link to a device that never ends, a socket, a folder, links that lead nowhere. Each is told by name on
/// /status, nothing is read from it without a bound, and the rest of the folder is served, at start and while the
/// app runs. Every step that a regression would block is given a deadline, so that it fails instead of hanging.
/// </summary>
public sealed class NonRegularContentTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("pipe.md", "fifo", "pipe.md", "it is a named pipe (FIFO), not a regular file")]
    [InlineData("pipe.html", "fifo", "pipe.html", "it is a named pipe (FIFO), not a regular file")]
    [InlineData("socket.md", "socket", "socket.md", "it is a socket, not a regular file")]
    [InlineData("mali-france-un-letter.story.yml", "fifo", "mali-france-un-letter.story.yml", "it is a named pipe (FIFO), not a regular file")]
    [InlineData("page.yml", "fifo", "page.html", "its sidecar page.yml is a named pipe (FIFO), not a regular file")]
    [InlineData("zero.md", "link to /dev/zero", "zero.md", "it is a symbolic link")]
    [InlineData("random.html", "link to /dev/urandom", "random.html", "it is a symbolic link")]
    [InlineData("dangling.md", "dangling link", "dangling.md", "it is a symbolic link")]
    [InlineData("loop.md", "link loop", "loop.md", "it is a symbolic link")]
    [InlineData("folder.md", "folder", "folder.md", "it is a folder, not a file")]
    public async Task AnEntryThatIsNotARegularFile_IsNamedOnStatus_AndTheRestIsServed(string name, string kind, string listedAs, string reason)
    {
        if (name == "page.yml")
        {
            _content.Write("page.html", "<html><head><title>A saved page</title></head><body><article><p>Saved words.</p></article></body></html>");
        }
        SpecialFiles.Make(kind, _content.FilePath(name));
        using var app = new MaliReaderApp(_content);

        using var client = await SpecialFiles.Within(app.CreateClient);
        var status = await app.GetDocumentAsync("/status");

        var row = status.QuerySelectorAll(".status-errors tr, .status-warnings tr")
            .SingleOrDefault(row => row.TextContent.Contains(listedAs, StringComparison.Ordinal));
        Assert.True(row is not null, $"/status does not name {listedAs}");
        Assert.Contains(reason, WebUtility.HtmlDecode(row.TextContent), StringComparison.Ordinal);
        using var served = await client.GetAsync($"/api/articles/{TestContent.RtSlug}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.DoesNotContain(app.Services.GetRequiredService<CurrentSnapshot>().Value.Articles,
            article => article.FileName == name);
    }

    [Fact]
    public async Task AFileReplacedByANamedPipeWhileServing_IsReported_AndLaterChangesAreStillRead()
    {
        _content.Write("changing.md", TestContent.Article("Before", "Outlet", "other-story", "The words before."));
        using var app = new MaliReaderApp(_content);
        using var client = await SpecialFiles.Within(app.CreateClient);
        var current = app.Services.GetRequiredService<CurrentSnapshot>();
        Assert.NotNull(current.Value.Article("changing"));

        File.Delete(_content.FilePath("changing.md"));
        SpecialFiles.MakeFifo(_content.FilePath("changing.md"));
        await WaitFor(() => current.Value.Errors.Any(error => error.FileName == "changing.md"));
        _content.Write("later.md", TestContent.Article("Later", "Outlet", "other-story", "Written after the pipe."));
        await WaitFor(() => current.Value.Article("later") is not null);

        Assert.Contains("named pipe", current.Value.Errors.Single(error => error.FileName == "changing.md").Reason, StringComparison.Ordinal);
        // As for any file that breaks, its last good version is still served.
        Assert.Equal("Before", current.Value.Article("changing")?.Title);
    }

    [Theory]
    [InlineData("renamed away and back")]
    [InlineData("renamed away, another put in its place")]
    [InlineData("missing at start")]
    public async Task AContentFolderThatComesBack_IsServedAgain_WithoutARestart(string how)
    {
        var moved = _content.ContentPath + ".moved";
        if (how == "missing at start")
        {
            Directory.Move(_content.ContentPath, moved);
        }
        using var logged = new MaliReaderApp(_content);
        using var app = logged.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "1"));
        using var client = await SpecialFiles.Within(app.CreateClient);
        var current = app.Services.GetRequiredService<CurrentSnapshot>();
        if (how != "missing at start")
        {
            Assert.NotNull(current.Value.Article(TestContent.RtSlug));
            Directory.Move(_content.ContentPath, moved);
            await WaitFor(() => current.Value.Errors.Any(error => error.FileName == "Content:Path"));
            // Nobody deleted a file: every article keeps its last good version meanwhile.
            Assert.NotNull(current.Value.Article(TestContent.RtSlug));
        }
        Assert.StartsWith("Degraded: ", await client.GetStringAsync("/healthz"), StringComparison.Ordinal);

        if (how == "renamed away, another put in its place")
        {
            Directory.CreateDirectory(_content.ContentPath);
            foreach (var file in Directory.EnumerateFiles(moved))
            {
                File.Copy(file, Path.Combine(_content.ContentPath, Path.GetFileName(file)));
            }
        }
        else
        {
            Directory.Move(moved, _content.ContentPath);
        }
        await WaitFor(() => current.Value.Article(TestContent.RtSlug) is not null && current.Value.Errors.Count == 0);
        // Still watched: a change to the folder that came back is read too.
        _content.Write("afterwards.md", TestContent.Article("Afterwards", "Outlet", "other-story", "Saved once the folder was back."));
        await WaitFor(() => current.Value.Article("afterwards") is not null);

        var status = WebUtility.HtmlDecode(await client.GetStringAsync("/status"));
        Assert.DoesNotContain("Content:Path", status, StringComparison.Ordinal);
        Assert.StartsWith("Healthy", await client.GetStringAsync("/healthz"), StringComparison.Ordinal);
        Assert.Single(logged.Logs.Entries, entry => entry.Contains("(Content:Path) does not exist", StringComparison.Ordinal));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.True(condition(), "the change was not picked up within 20 s");
    }
}
