using System.Net;
using MaliReader.Tests.Support;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.BreakIt6;

// Found by hostile testing: a database file replaced while the app runs (by another program's file, or truncated) is
// neither "out of reach" (no retry, /healthz Healthy) nor set aside: every later run of ingest throws, so no edit of
// content is served again until a restart. Meanwhile an old paragraph link, looked up in the paragraph history, is a 500.
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
