using System.Runtime.Versioning;
using MaliReader.Tests.Support;
using Microsoft.Extensions.Logging;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// An author who renames or moves an article's file reads in the log what that did: a new name is a new address (the old
/// links no longer lead to the article), which the log warns of, where it used to say only that a file was gone.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class MovedFileLogTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _loggerFactory;

    public MovedFileLogTests() => _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(_logs));

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _content.Dispose();
    }

    [Fact]
    public void ARenamedFile_IsLoggedAsRenamed_WithTheAddressItLeaves()
    {
        _content.Write("floods.md", TestContent.Article("Floods", "Outlet", "story", "The river rose."));
        using var ingest = Ingest();
        ingest.Writer.Sync();

        File.Move(_content.FilePath("floods.md"), _content.FilePath("river-floods.md"));
        var snapshot = ingest.Writer.Sync();

        Assert.NotNull(snapshot.Article("river-floods"));
        Assert.Null(snapshot.Article("floods"));
        Assert.Contains(_logs.Entries, entry =>
            entry.Contains("floods.md was renamed river-floods.md", StringComparison.Ordinal)
            && entry.Contains("from /floods to /river-floods", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Contains("floods.md is gone", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileMovedIntoASubFolder_UnderItsName_IsLoggedAsAMoveThatKeepsItsAddress()
    {
        _content.Write("floods.md", TestContent.Article("Floods", "Outlet", "story", "The river rose."));
        using var ingest = Ingest();
        ingest.Writer.Sync();

        Directory.CreateDirectory(Path.Combine(_content.ContentPath, "2024"));
        File.Move(_content.FilePath("floods.md"), Path.Combine(_content.ContentPath, "2024", "floods.md"));
        var snapshot = ingest.Writer.Sync();

        Assert.NotNull(snapshot.Article("floods"));
        Assert.Contains(_logs.Entries, entry => entry.Contains("floods.md was moved to 2024/floods.md; its article keeps its address", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileDeleted_AndAnotherWritten_IsNotTakenForAMove()
    {
        _content.Write("floods.md", TestContent.Article("Floods", "Outlet", "story", "The river rose."));
        using var ingest = Ingest();
        ingest.Writer.Sync();

        File.Delete(_content.FilePath("floods.md"));
        // Same length and a new file that may well get the freed inode: only a differing time tells them apart.
        _content.Write("drought.md", TestContent.Article("Floods", "Outlet", "story", "The river fell."));
        ingest.Writer.Sync();

        Assert.Contains(_logs.Entries, entry => entry.Contains("floods.md is gone", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Contains("renamed", StringComparison.Ordinal) || entry.Contains("moved to", StringComparison.Ordinal));
    }

    private LoggedIngest Ingest() => new(_content, _loggerFactory);
}
