using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.RegularExpressions;
using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.Extensions.Logging;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// A restart trusts a stored stamp only while it tells that a file holds the bytes read: a file given other words of the
/// same size and time while the app was down (a restore by cp -p, rsync -a or tar keeps times) is read again, as its
/// status-change time and identity moved; a file untouched is not even opened. Each run that opens files says how
/// many in the log ("N files new or with a new stamp looked at"), which is how these tests see what was read.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed partial class RestartStampTests : IDisposable
{
    private const string OldWords = "The old words.";
    private const string NewWords = "The new words.";

    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private int _logsSeen;

    public RestartStampTests() => _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(_logs));

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _content.Dispose();
    }

    public enum Replacement
    {
        FileRewrittenInPlace,
        FolderRestoredByACopyThatKeepsTimes,
        TwoFilesSwappedByRename,
    }

    [Theory]
    [InlineData(Replacement.FileRewrittenInPlace)]
    [InlineData(Replacement.FolderRestoredByACopyThatKeepsTimes)]
    [InlineData(Replacement.TwoFilesSwappedByRename)]
    public void OtherWordsOfTheSameSizeAndTime_WrittenWhileStopped_AreServedAfterARestart(Replacement replacement)
    {
        _content.Write("swapped.md", TestContent.Article("Swapped", "Outlet", "story", OldWords));
        _content.Write("twin.md", TestContent.Article("Swapped", "Outlet", "story", NewWords));
        var time = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_content.FilePath("swapped.md"), time);
        File.SetLastWriteTimeUtc(_content.FilePath("twin.md"), time);
        using (var first = Ingest())
        {
            Assert.Equal(OldWords, first.Writer.Sync().Article("swapped")!.Paragraphs[0].Text);
        }

        switch (replacement)
        {
            case Replacement.FileRewrittenInPlace:
                _content.Write("swapped.md", TestContent.Article("Swapped", "Outlet", "story", NewWords));
                break;
            case Replacement.FolderRestoredByACopyThatKeepsTimes:
                var restored = _content.ContentPath + ".restored";
                Directory.CreateDirectory(restored);
                foreach (var file in Directory.EnumerateFiles(_content.ContentPath))
                {
                    File.Copy(file, Path.Combine(restored, Path.GetFileName(file)));
                }
                File.WriteAllText(Path.Combine(restored, "swapped.md"), TestContent.Article("Swapped", "Outlet", "story", NewWords));
                Directory.Delete(_content.ContentPath, recursive: true);
                Directory.Move(restored, _content.ContentPath);
                break;
            case Replacement.TwoFilesSwappedByRename:
                File.Move(_content.FilePath("swapped.md"), _content.FilePath("swap.tmp"));
                File.Move(_content.FilePath("twin.md"), _content.FilePath("swapped.md"));
                File.Move(_content.FilePath("swap.tmp"), _content.FilePath("twin.md"));
                break;
        }
        foreach (var file in Directory.EnumerateFiles(_content.ContentPath))
        {
            File.SetLastWriteTimeUtc(file, time);
        }

        using var restarted = Ingest();
        var snapshot = restarted.Writer.Sync();

        Assert.Equal(NewWords, snapshot.Article("swapped")!.Paragraphs[0].Text);
    }

    [Fact]
    public void AnUntouchedRestart_OpensNoFile_AndOneWhoseStatusAloneChanged_IsOpenedOnceButNotReadAgain()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _content.Write("b.md", TestContent.Article("B", "S", "s", "Beta text."));
        ContentSnapshot first;
        using (var ingest = Ingest())
        {
            first = ingest.Writer.Sync();
        }
        Assert.Equal(["2 files new or with a new stamp looked at, 2 read as articles"], Opened());

        RestartAndSync();
        Assert.Empty(Opened());

        // chmod moves the change time only: the file is opened, its bytes are those stored, so only its stamp is kept.
        File.SetUnixFileMode(_content.FilePath("a.md"), File.GetUnixFileMode(_content.FilePath("a.md")) | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        var afterChmod = RestartAndSync();
        Assert.Equal(["1 files new or with a new stamp looked at, 0 read as articles"], Opened());
        Assert.Equal(first.Version, afterChmod.Version);

        RestartAndSync();
        Assert.Empty(Opened());
    }

    [Fact]
    public void RowsStoredBeforeChangeTimesWereKept_AreReadOnce_AndChangeNothingAReaderSees()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text.", "A second paragraph."));
        _content.Write("b.md", TestContent.Article("B", "S", "s", "Beta text."));
        ContentSnapshot first;
        string lastSeen;
        using (var ingest = Ingest())
        {
            first = ingest.Writer.Sync();
            lastSeen = LastSeen(ingest.Database);
            // The database as the schema before file identities left it.
            using var connection = ingest.Database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                ALTER TABLE content_files DROP COLUMN changed_ticks;
                ALTER TABLE content_files DROP COLUMN inode;
                PRAGMA user_version = 13;
                """;
            command.ExecuteNonQuery();
        }
        Opened();
        Thread.Sleep(20);

        using (var migrated = Ingest())
        {
            var snapshot = migrated.Writer.Sync();

            Assert.Equal(["2 files new or with a new stamp looked at, 0 read as articles"], Opened());
            Assert.Equal(first.Version, snapshot.Version);
            Assert.Equal(Describe(first), Describe(snapshot));
            Assert.Equal(lastSeen, LastSeen(migrated.Database));
        }

        RestartAndSync();
        Assert.Empty(Opened());
    }

    private ContentSnapshot RestartAndSync()
    {
        Opened();
        using var ingest = Ingest();
        return ingest.Writer.Sync();
    }

    /// <summary>What each run since the last call said in the log it opened and read.</summary>
    private List<string> Opened()
    {
        var entries = _logs.Entries.Skip(_logsSeen).ToList();
        _logsSeen += entries.Count;
        return [.. entries.Select(entry => OpenedAndRead().Match(entry)).Where(match => match.Success).Select(match => match.Value)];
    }

    [GeneratedRegex(@"\d+ files new or with a new stamp looked at, \d+ read as articles")]
    private static partial Regex OpenedAndRead();

    private static string Describe(ContentSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot.Articles.Select(article => new
        {
            article.Slug,
            Paragraphs = article.Paragraphs.Select(paragraph => $"{paragraph.Id} {paragraph.Fingerprint} {paragraph.Text}"),
        }));

    private static string LastSeen(Database database)
    {
        using var connection = database.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(slug || fingerprint || last_seen) FROM fingerprint_history";
        return (string)command.ExecuteScalar()!;
    }

    private LoggedIngest Ingest() => new(_content, _loggerFactory);
}
