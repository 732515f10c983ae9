using System.Net;
using MaliReader.Tests.Ingest;
using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Storage;

/// <summary>
/// Database:Path naming a named pipe (which SQLite's open waits on for ever), a device or a folder: refused as a
/// wrong setting at start-up, and reported out of service, not waited on, when the file is replaced by one while the
/// app runs. Steps a regression would block are given a deadline.
/// </summary>
public sealed class NonFileDatabaseTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("fifo", "a named pipe (FIFO)")]
    [InlineData("socket", "a socket")]
    [InlineData("link to /dev/zero", "a character device")]
    [InlineData("folder", "a folder")]
    public async Task ADatabasePathThatIsNotAFile_IsRefusedAsAWrongSetting_WithoutWaiting(string kind, string named)
    {
        var path = Path.Combine(_content.Root, "data.db");
        SpecialFiles.Make(kind, path);

        var refused = await SpecialFiles.Within(() => Record.Exception(() => new Database(path).EnsureReady()));

        var unusable = Assert.IsType<DatabaseUnusableException>(refused);
        Assert.True(unusable.HoldsSomethingElse);
        Assert.Contains(named, unusable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAppStartedOnANamedPipe_StopsInsteadOfHanging()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_content.DatabasePath)!);
        SpecialFiles.MakeFifo(_content.DatabasePath);
        using var app = new MaliReaderApp(_content);

        var failed = await SpecialFiles.Within(() => Record.Exception(() => app.CreateClient()));

        Assert.NotNull(failed);
    }

    [Theory]
    [InlineData("fifo", "a named pipe (FIFO)")]
    [InlineData("folder", "a folder")]
    public async Task ADatabaseReplacedWhileServing_ByWhatIsNotAFile_IsOutOfService_AndTakenBackOnceAFileCanBeMade(string kind, string named)
    {
        using var logged = new MaliReaderApp(_content);
        using var app = logged.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "1"));
        using var client = await SpecialFiles.Within(app.CreateClient);
        var current = app.Services.GetRequiredService<CurrentSnapshot>();

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_content.DatabasePath + suffix);
        }
        SpecialFiles.Make(kind, _content.DatabasePath);
        _content.Write("during.md", TestContent.Article("During", "Outlet", "other-story", "Saved while the database was a pipe."));
        await WaitFor(() => current.Value.Article("during") is not null && current.Value.DatabaseProblem is not null);

        var health = await SpecialFiles.Within(() => client.GetStringAsync("/healthz").GetAwaiter().GetResult());
        Assert.StartsWith("Degraded: ", health, StringComparison.Ordinal);
        Assert.Contains(named, health, StringComparison.Ordinal);
        foreach (var url in new[] { "/", "/status", $"/api/articles/during", "/search?q=pipe" })
        {
            using var response = await SpecialFiles.Within(() => client.GetAsync(url).GetAwaiter().GetResult());
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
        // An old link is looked up in the paragraph history, which is in the database: not found, not waited on.
        using var oldLink = await SpecialFiles.Within(() => client.GetAsync($"/p/{TestContent.RtSlug}/0123456789ab").GetAwaiter().GetResult());
        Assert.Equal(HttpStatusCode.NotFound, oldLink.StatusCode);

        if (kind == "folder")
        {
            Directory.Delete(_content.DatabasePath);
        }
        else
        {
            File.Delete(_content.DatabasePath);
        }
        await WaitFor(() => current.Value.DatabaseProblem is null);
        Assert.Contains("during.md", new ArticleStore(new Database(_content.DatabasePath), TimeProvider.System).Files().Keys);
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
