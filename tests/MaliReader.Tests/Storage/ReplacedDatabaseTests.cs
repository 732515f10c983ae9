using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Storage;

/// <summary>
/// A database file replaced while the app runs (by another program's file, or emptied) stops nothing: edits are
/// still read and served from memory, the file is set aside or given its tables again by the retry, and an old
/// paragraph link, looked up in the history the database held, is a 404 and not a 500.
/// </summary>
public sealed class ReplacedDatabaseTests : IDisposable
{
    private const string AddedFile = "harbour-rt.md";
    private const string AddedSlug = "harbour-rt";
    private const string AddedText = "Fishermen returned to the harbour at dawn.";

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("another program's file")]
    [InlineData("")]
    public void ADatabaseReplacedWhileRunning_StillLetsEditsBeServed(string replacement)
    {
        using var ingest = new Support.Ingest(_content);
        ingest.Sync();
        Replace(replacement);
        _content.Write(AddedFile, TestContent.Article("Harbour", "RT", "harbour", AddedText));

        var served = ingest.Sync();

        Assert.Equal(AddedText, served.Article(AddedSlug)?.Paragraphs.Single().Text);
        Assert.NotNull(served.DatabaseProblem);

        // The retry makes the file usable again and stores what is served.
        var back = ingest.Sync();

        Assert.Null(back.DatabaseProblem);
        Assert.Equal(AddedText, back.Article(AddedSlug)?.Paragraphs.Single().Text);
        Assert.Contains(AddedSlug, StoredSlugs());
        Assert.Contains(TestContent.RtSlug, StoredSlugs());
    }

    private List<string> StoredSlugs()
    {
        using var connection = new Database(_content.DatabasePath).OpenReadOnly();
        return [.. connection.Query("SELECT slug FROM articles").Select(row => row.GetString(0))];
    }

    [Theory]
    [InlineData("another program's file")]
    [InlineData("")]
    public async Task AnOldParagraphLink_WhileTheDatabaseIsReplaced_IsNotAServerError(string replacement)
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/p/{TestContent.RtSlug}-1")).StatusCode);
        Replace(replacement);

        using var oldLink = await client.GetAsync($"/p/{TestContent.RtSlug}/0123456789ab");

        Assert.Equal(HttpStatusCode.NotFound, oldLink.StatusCode);
    }

    private void Replace(string replacement)
    {
        SqliteConnection.ClearAllPools();
        File.WriteAllText(_content.DatabasePath, replacement.Length == 0 ? "" : string.Concat(Enumerable.Repeat(replacement, 300)));
        File.Delete(_content.DatabasePath + "-wal");
        File.Delete(_content.DatabasePath + "-shm");
    }
}
