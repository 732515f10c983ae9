using System.Text.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Ingest;

// When two files claim one slug, the same files give the same site however the app got there: a file added
// while the app runs is judged as a fresh start on the same folder would judge it.
public sealed class SlugClashHistoryTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task TwoFilesOfOneSlug_ServeTheSameOne_WhetherAddedWhileRunningOrReadOnAFreshStart()
    {
        Directory.CreateDirectory(_content.FilePath("early"));
        Directory.CreateDirectory(_content.FilePath("late"));
        _content.Write("late/floods.md", TestContent.Article("Late file", "L", "floods", "The late file's paragraph."));
        string? servedWhileRunning;
        using (var app = new MaliReaderApp(_content))
        using (var client = app.CreateClient())
        {
            Assert.Equal("Late file", await TitleOf(client));
            _content.Write("early/floods.md", TestContent.Article("Early file", "E", "floods", "The early file's paragraph."));
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!(await client.GetStringAsync("/healthz")).Contains("floods.md", StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, "The added file was never read");
                await Task.Delay(50);
            }
            servedWhileRunning = await TitleOf(client);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_content.DatabasePath)!, Path.GetFileName(_content.DatabasePath) + "*"))
        {
            File.Delete(file);
        }

        using var fresh = new MaliReaderApp(_content);
        using var freshClient = fresh.CreateClient();

        Assert.Equal(servedWhileRunning, await TitleOf(freshClient));
    }

    private static async Task<string?> TitleOf(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/articles/floods"));
        return json.RootElement.GetProperty("title").GetString();
    }
}
