using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Ingest;

namespace MaliReader.Tests.Ingest;

/// <summary>The write side on a folder: only what changed is read again, and no file can stop the rest.</summary>
public sealed class ContentIngestTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly Support.Ingest _ingest;

    public ContentIngestTests() => _ingest = new Support.Ingest(_content);

    public void Dispose()
    {
        _ingest.Dispose();
        _content.Dispose();
    }

    public static TheoryData<string, byte[], string> UnreadableFiles => new()
    {
        { "empty.md", [], "empty" },
        { "blank.md", Encoding.UTF8.GetBytes("  \n\n "), "empty" },
        { "latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\nsource: X\nstory: s\n---\n\nCaf\u00e9 au lait."), "not UTF-8" },
        { "broken-yaml.md", Encoding.UTF8.GetBytes("---\ntitle: [unclosed\nsource: X\nstory: s\n---\n\nText."), "YAML" },
        { "no-title.md", Encoding.UTF8.GetBytes("---\nsource: X\nstory: s\n---\n\nText."), "title" },
        { "script-url.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: X\nstory: s\nurl: javascript:alert(1)\n---\n\nText."), "http or https" },
        { "only-boilerplate.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: X\nstory: s\n---\n\nPosted on\n\nShare this article"), "no text left" },
        { "huge.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: X\nstory: s\n---\n\n" + new string('a', ArticleReader.MaxFileBytes)), "over the limit" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void UnreadableFile_IsReportedByNameWithItsReason_AndOthersStillLoad(string fileName, byte[] bytes, string reason)
    {
        File.WriteAllBytes(_content.FilePath(fileName), bytes);
        _content.Write("good.md", TestContent.Article("Good", "Source", "s", "A good paragraph."));

        var snapshot = _ingest.Sync();

        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(fileName, error.FileName);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(["good"], snapshot.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void SymbolicLinks_AreNotFollowed_OutOfTheFolderOrRoundALoop()
    {
        var outside = Path.Combine(_content.Root, "outside.md");
        File.WriteAllText(outside, TestContent.Article("Outside", "S", "s", "A file outside the content folder."));
        File.CreateSymbolicLink(_content.FilePath("linked.md"), outside);
        Directory.CreateDirectory(_content.FilePath("loop"));
        Directory.CreateSymbolicLink(Path.Combine(_content.FilePath("loop"), "up"), _content.ContentPath);
        _content.Write("good.md", TestContent.Article("Good", "S", "s", "A good paragraph."));

        var snapshot = _ingest.Sync();

        Assert.Equal(["good.md"], snapshot.Articles.Select(a => a.FileName));
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public void TwoFilesWithTheSameSlug_TheLaterIsReported_AndTheFirstServed()
    {
        _content.Write("story.md", TestContent.Article("One", "S", "s", "First."));
        _content.Write("Story.md", TestContent.Article("Two", "S", "s", "Second."));

        var snapshot = _ingest.Sync();

        Assert.Equal(["Story.md"], snapshot.Articles.Select(a => a.FileName));
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal("story.md", error.FileName);
        Assert.Contains("already used by Story.md", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FileRefusedForATakenSlug_IsServedOnceTheHolderIsGone()
    {
        _content.Write("story.md", TestContent.Article("One", "S", "s", "First."));
        _content.Write("Story.md", TestContent.Article("Two", "S", "s", "Second."));
        _ingest.Sync();

        File.Delete(_content.FilePath("Story.md"));
        var snapshot = _ingest.Sync();

        Assert.Equal("First.", snapshot.Article("story")!.Paragraphs[0].Text);
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public void SavingOneFile_ReplacesOnlyItsArticle()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _content.Write("b.md", TestContent.Article("B", "S", "s", "Beta text."));
        var first = _ingest.Sync();

        _content.Write("b.md", TestContent.Article("B", "S", "s", "Beta text, edited."));
        var second = _ingest.Sync();

        Assert.Same(first.Article("a"), second.Article("a"));
        Assert.Equal("Beta text, edited.", second.Article("b")!.Paragraphs[0].Text);
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public void NothingChanged_KeepsTheSnapshotAndItsVersion()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        var first = _ingest.Sync();

        Assert.Same(first, _ingest.Sync());
    }

    [Fact]
    public void SameContent_GivesTheSameVersionOnAnotherCopyOfTheApp()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        var version = _ingest.Sync().Version;

        using var otherContent = new TestContent(withSeedArticles: false);
        otherContent.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        using var other = new Support.Ingest(otherContent);

        Assert.Equal(version, other.Sync().Version);
    }

    [Fact]
    public void RestartWithTheSameFiles_ReadsNothingAgain()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _ingest.Sync();
        var lastStored = LastStored(_ingest);
        Thread.Sleep(20);

        using var restarted = new Support.Ingest(_content);
        var snapshot = restarted.Sync();

        Assert.Equal("Alpha text.", snapshot.Article("a")!.Paragraphs[0].Text);
        Assert.Equal(lastStored, LastStored(restarted));
    }

    [Fact]
    public void FileTouchedWhileStopped_IsHashedButNotReadAgain_WhenItsBytesAreTheSame()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _ingest.Sync();
        var lastStored = LastStored(_ingest);
        File.SetLastWriteTimeUtc(_content.FilePath("a.md"), DateTime.UtcNow.AddMinutes(1));
        Thread.Sleep(20);

        using var restarted = new Support.Ingest(_content);
        restarted.Sync();

        Assert.Equal(lastStored, LastStored(restarted));
    }

    [Fact]
    public void FileEditedWhileStopped_IsReadAgainAtStart()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _ingest.Sync();

        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text, edited while the app was stopped."));
        using var restarted = new Support.Ingest(_content);

        Assert.Equal("Alpha text, edited while the app was stopped.", restarted.Sync().Article("a")!.Paragraphs[0].Text);
    }

    [Fact]
    public void RulesFromAnOlderVersion_AreReadAgainOnce()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _ingest.Sync();
        var lastStored = LastStored(_ingest);
        Thread.Sleep(20);
        using (var connection = _ingest.Database.Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE content_files SET rules_version = rules_version - 1";
            command.ExecuteNonQuery();
        }

        using var restarted = new Support.Ingest(_content);
        restarted.Sync();

        Assert.NotEqual(lastStored, LastStored(restarted));
        Assert.All(restarted.Store.Files().Values, file => Assert.Equal(ArticleReader.RulesVersion, file.RulesVersion));
    }

    [Fact]
    public void DeletedFile_IsNoLongerServed()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _content.Write("b.md", TestContent.Article("B", "S", "s", "Beta text."));
        _ingest.Sync();

        File.Delete(_content.FilePath("a.md"));

        Assert.Equal(["b"], _ingest.Sync().Articles.Select(a => a.Slug));
    }

    [Fact]
    public void BrokenEdit_KeepsTheLastGoodVersion_AndAFixClearsTheError()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text."));
        _ingest.Sync();

        _content.Write("a.md", "---\ntitle: \"unterminated\n");
        var broken = _ingest.Sync();
        Assert.Equal("Alpha text.", broken.Article("a")!.Paragraphs[0].Text);
        Assert.Equal("a.md", Assert.Single(broken.Errors).FileName);

        _content.Write("a.md", TestContent.Article("A", "S", "s", "Alpha text, fixed."));
        var fixedSnapshot = _ingest.Sync();
        Assert.Empty(fixedSnapshot.Errors);
        Assert.Equal("Alpha text, fixed.", fixedSnapshot.Article("a")!.Paragraphs[0].Text);
    }

    [Fact]
    public void StoryFolders_AndEditorScratchFiles()
    {
        Directory.CreateDirectory(_content.FilePath("some-story"));
        _content.Write("some-story/inner.md", TestContent.Article("Inner", "S", "s", "Inner text."));
        _content.Write(".#inner.md", "lock file of an editor");

        var snapshot = _ingest.Sync();

        Assert.Equal("some-story/inner.md", Assert.Single(snapshot.Articles).FileName);
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public void StoryFile_GivesTheStoryItsOwnTitleAndDate()
    {
        _content.Write("a.md", TestContent.Article("Outlet A's headline", "A", "quake", "Alpha text."));
        _content.Write("quake.story.yml", "title: \"An earthquake in the valley\"\npublished: \"2024-03-01\"\n");

        var story = _ingest.Sync().Story("quake")!;

        Assert.Equal(("An earthquake in the valley", "2024-03-01"), (story.Title, story.Published));
    }

    [Fact]
    public void BrokenStoryFile_IsReported_AndTheStoryStillServed()
    {
        _content.Write("a.md", TestContent.Article("Outlet A's headline", "A", "quake", "Alpha text."));
        _content.Write("quake.story.yml", "published: [\n");

        var snapshot = _ingest.Sync();

        Assert.Equal("quake.story.yml", Assert.Single(snapshot.Errors).FileName);
        Assert.Equal("Quake", snapshot.Story("quake")!.Title);
    }

    [Theory]
    [InlineData("title: [broken\n", "line 1: title must be one line of text")]
    [InlineData("title: \"An earthquake\npublished: 2024\n", "line 1: the story file is not valid YAML")]
    [InlineData("title: \"Quake\"\nfoo: bar\n", "line 2: unknown story file field \"foo\"; the fields are title, published")]
    [InlineData("title:\n  - a list\n", "line 1: title must be one line of text")]
    [InlineData("published: \"2024\"\n", "the story file has no title")]
    public void BrokenStoryFile_SaysWhatIsWrongOnWhichLine_AndKeepsItsLastGoodTitle(string broken, string reason)
    {
        _content.Write("a.md", TestContent.Article("Outlet A's headline", "A", "quake", "Alpha text."));
        _content.Write("quake.story.yml", "title: \"An earthquake in the valley\"\n");
        _ingest.Sync();

        _content.Write("quake.story.yml", broken);
        var snapshot = _ingest.Sync();

        var error = Assert.Single(snapshot.Errors);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Reason, StringComparison.Ordinal);
        Assert.Equal("An earthquake in the valley", snapshot.Story("quake")!.Title);
    }

    /// <summary>When the store last wrote the paragraphs of article "a": a file read again rewrites it.</summary>
    private static string LastStored(Support.Ingest ingest)
    {
        using var connection = ingest.Database.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(last_seen) FROM fingerprint_history WHERE slug = 'a'";
        return (string)command.ExecuteScalar()!;
    }
}
