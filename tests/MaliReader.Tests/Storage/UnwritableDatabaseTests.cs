using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Storage;

/// <summary>
/// A database the app cannot write (a read-only file, folder or file system) does not stop it: it serves what it
/// reads from content, from memory, says on /status and /healthz why nothing is kept, and once the database can be
/// written again it takes it back on its own and stores what changed meanwhile.
/// </summary>
/// <remarks>
/// Tests run as root here, and root writes through chmod, so the real cases are stood for by what stops root too:
/// a file where the database's folder should be (no folder, so no database, can be made: SQLite gives the same
/// "unable to open" as in a read-only folder), and a folder where SQLite's shared-memory file (<c>-shm</c>) should be.
/// A database in WAL mode whose <c>-shm</c> cannot be opened for writing is opened read-only, as SQLite opens a
/// file it may not write: reads work, and every write fails with SQLITE_READONLY, exactly as on a chmod 444 file.
/// </remarks>
public sealed class UnwritableDatabaseTests : IDisposable
{
    private const string AddedFile = "harbour-rt.md";
    private const string AddedSlug = "harbour-rt";
    private const string AddedText = "Fishermen returned to the harbour at dawn.";

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AFirstStartWhereNoDatabaseCanBeMade_ServesContent_SaysWhy_AndStoresOnceItCan()
    {
        var folder = Path.GetDirectoryName(_content.DatabasePath)!;
        File.WriteAllText(folder, "a file where the database's folder should be");

        using var logged = new MaliReaderApp(_content);
        using var app = RetryingEverySecond(logged);
        using var client = app.CreateClient();

        await AssertEveryPageAnswers(client, TestContent.RtSlug);
        // The reason says what stands in the way, without the server's paths: the public pages name none (the log does).
        await AssertDegradedNaming(client, "the folder Database:Path names cannot be made or opened");
        foreach (var page in new[] { "/status", "/healthz" })
        {
            Assert.DoesNotContain(_content.Root, await client.GetStringAsync(page), StringComparison.Ordinal);
        }
        Assert.Contains(logged.Logs.Entries, entry => entry.Contains(_content.DatabasePath, StringComparison.Ordinal));
        Assert.Contains(logged.Logs.Entries, entry => entry.Contains("cannot be written: content is served from memory", StringComparison.Ordinal));

        File.Delete(folder);

        await WaitUntilHealthy(client);
        Assert.Contains(TestContent.RtSlug, StoredSlugs());
        Assert.DoesNotContain("cannot be written", await client.GetStringAsync("/status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoredDatabaseThatCannotBeWritten_ServesWhatChangedSince_AndStoresItOnceItCan()
    {
        using (var first = new MaliReaderApp(_content))
        {
            using var client = first.CreateClient();
            Assert.Equal("Healthy", (await client.GetStringAsync("/healthz")).Split(':')[0]);
        }
        var sharedMemory = MakeReadOnly();
        _content.Write(AddedFile, TestContent.Article("Harbour", "RT", "harbour", AddedText));

        using var logged = new MaliReaderApp(_content);
        using var app = RetryingEverySecond(logged);
        using (var client = app.CreateClient())
        {
            await AssertEveryPageAnswers(client, AddedSlug);
            Assert.Contains(AddedText, await client.GetStringAsync($"/p/{AddedSlug}-1"), StringComparison.Ordinal);
            await AssertDegradedNaming(client, "attempt to write a readonly database");
            // Served from memory only: the database still holds what it held.
            Assert.DoesNotContain(AddedSlug, StoredSlugs());
            Assert.Contains(TestContent.RtSlug, StoredSlugs());

            Directory.Delete(sharedMemory);

            await WaitUntilHealthy(client);
            Assert.Contains(AddedSlug, StoredSlugs());
            Assert.Contains(AddedText, await client.GetStringAsync($"/p/{AddedSlug}-1"), StringComparison.Ordinal);
        }
        Assert.Contains(logged.Logs.Entries, entry => entry.Contains("can be written again", StringComparison.Ordinal));
    }

    [Fact]
    public void ADatabaseThatStopsTakingWritesWhileRunning_ServesTheChangesFromMemory_AndStoresThemWhenItTakesWritesAgain()
    {
        using var ingest = new Support.Ingest(_content);
        ingest.Sync();
        var sharedMemory = MakeReadOnly();
        const string Edited = "The minister's letter was read out at the Council.";
        _content.Write("mali-france-rt.md", TestContent.Article("RT", "RT", TestContent.Story, Edited));
        _content.Write(AddedFile, TestContent.Article("Harbour", "RT", "harbour", AddedText));

        var served = ingest.Sync();

        Assert.Equal(Edited, served.Article(TestContent.RtSlug)!.Paragraphs.Single().Text);
        Assert.Equal(AddedText, served.Article(AddedSlug)!.Paragraphs.Single().Text);
        Assert.Contains("readonly", served.DatabaseProblem, StringComparison.Ordinal);
        Assert.DoesNotContain(served.Errors, error => error.FileName == _content.DatabasePath);
        Assert.DoesNotContain(AddedSlug, StoredSlugs());

        Directory.Delete(sharedMemory);
        var back = ingest.Sync();

        Assert.Null(ingest.Writer.DatabaseProblem);
        Assert.Null(back.DatabaseProblem);
        Assert.NotEqual(served.Version, back.Version);
        Assert.Contains(AddedSlug, StoredSlugs());
        Assert.Equal([Edited], StoredParagraphs(TestContent.RtSlug));
    }

    [Fact]
    public void AFileThatBreaksWhileNoDatabaseCanBeMade_KeepsTheVersionReadFromMemory_WhenTheDatabaseComesBack()
    {
        var folder = Path.GetDirectoryName(_content.DatabasePath)!;
        File.WriteAllText(folder, "a file where the database's folder should be");
        using var ingest = new Support.Ingest(_content);
        _content.Write(AddedFile, TestContent.Article("Harbour", "RT", "harbour", AddedText));
        ingest.Sync();
        _content.Write(AddedFile, "---\ntitle: [unclosed\n---\n\nbroken\n");
        ingest.Sync();

        File.Delete(folder);
        var back = ingest.Sync();

        Assert.Null(ingest.Writer.DatabaseProblem);
        Assert.Equal(AddedText, back.Article(AddedSlug)!.Paragraphs.Single().Text);
        Assert.Contains(back.Errors, error => error.FileName == AddedFile);
        Assert.Contains(TestContent.RtSlug, StoredSlugs());
    }

    [Fact]
    public void ADatabaseThatCannotBeWritten_IsReportedAsOutOfReach_NotAsAWrongSetting()
    {
        using (var first = new Support.Ingest(_content))
        {
            first.Sync();
        }
        MakeReadOnly();

        var refused = Assert.Throws<DatabaseUnusableException>(() => new Database(_content.DatabasePath).EnsureReady());

        Assert.False(refused.HoldsSomethingElse);
        Assert.Equal(SqliteReadOnly, Assert.IsType<SqliteException>(refused.InnerException).SqliteErrorCode);
    }

    private const int SqliteReadOnly = 8;

    /// <summary>Puts a folder where SQLite's shared-memory file goes: see the remarks above. Returns its path.</summary>
    private string MakeReadOnly()
    {
        SqliteConnection.ClearAllPools();
        var sharedMemory = _content.DatabasePath + "-shm";
        // The last connection to close removes it; one left by a crash would be taken as it is.
        File.Delete(sharedMemory);
        Directory.CreateDirectory(sharedMemory);
        return sharedMemory;
    }

    private static WebApplicationFactory<Program> RetryingEverySecond(MaliReaderApp app) =>
        app.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "1"));

    private static async Task AssertEveryPageAnswers(HttpClient client, string slug)
    {
        foreach (var url in new[] { "/", $"/p/{slug}-1", "/search?q=minister", "/status", "/healthz", $"/api/articles/{slug}" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
        // A link to a passage the article no longer has is looked up in the paragraph history, which is in the database.
        using var oldLink = await client.GetAsync($"/p/{slug}/0123456789ab");
        Assert.Equal(HttpStatusCode.NotFound, oldLink.StatusCode);
    }

    private static async Task AssertDegradedNaming(HttpClient client, string why)
    {
        var health = await client.GetStringAsync("/healthz");
        Assert.StartsWith("Degraded: ", health, StringComparison.Ordinal);
        Assert.Contains("the database cannot be written", health, StringComparison.Ordinal);
        Assert.Contains(why, health, StringComparison.Ordinal);
        var status = await client.GetStringAsync("/status");
        Assert.Contains("The database cannot be written", WebUtility.HtmlDecode(status), StringComparison.Ordinal);
        Assert.DoesNotContain("could not be read", status, StringComparison.Ordinal);
    }

    private static async Task WaitUntilHealthy(HttpClient client)
    {
        var health = "";
        for (var attempt = 0; attempt < 100 && !health.StartsWith("Healthy", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            health = await client.GetStringAsync("/healthz");
        }
        Assert.StartsWith("Healthy", health, StringComparison.Ordinal);
    }

    private List<string> StoredParagraphs(string slug)
    {
        using var connection = new Database(_content.DatabasePath).OpenReadOnly();
        return [.. connection.Query("SELECT text FROM paragraphs WHERE slug = $slug ORDER BY n", ("$slug", slug)).Select(row => row.GetString(0))];
    }

    private List<string> StoredSlugs()
    {
        using var connection = new Database(_content.DatabasePath).OpenReadOnly();
        return [.. connection.Query("SELECT slug FROM articles").Select(row => row.GetString(0))];
    }
}
