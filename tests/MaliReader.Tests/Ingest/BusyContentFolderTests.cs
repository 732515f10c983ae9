using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// The watcher waits for 100 ms without events before it reads the folder. Any file in the content folder written more
/// often than that (another program's log, a download, a file copied in slowly) keeps it waiting, and the retry period
/// does not end the wait: no article is read until the writing stops.
/// </summary>
public sealed class BusyContentFolderTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AnArticleSaved_WhileAnotherFileIsAppendedToEvery10Ms_IsReadWithinTheRetryPeriod()
    {
        using var factory = new MaliReaderApp(_content);
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "2"));
        using var client = app.CreateClient();
        var current = app.Services.GetRequiredService<CurrentSnapshot>();
        using var stop = new CancellationTokenSource();
        // Its own thread, as another program is: the wait between writes does not depend on the test's thread pool.
        var writer = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                File.AppendAllText(_content.FilePath("notes.log"), "a line\n");
                Thread.Sleep(10);
            }
        });
        writer.Start();

        await Task.Delay(1000);
        _content.Write("saved.md", TestContent.Article("Saved", "Outlet", "other-story", "Saved while the log grows."));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (current.Value.Article("saved") is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        var read = current.Value.Article("saved") is not null;
        await stop.CancelAsync();
        writer.Join();

        Assert.True(read, "the article was not read while another file of the folder was being written");
    }
}
