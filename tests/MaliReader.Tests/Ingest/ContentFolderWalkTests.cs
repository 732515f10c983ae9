using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// One walk of the content folder gives both the files ingest reads and the entries it names as not read: each folder
/// is listed once per run, linked and hidden folders never, and the depth limit holds.
/// </summary>
public sealed class ContentFolderWalkTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    [Fact]
    public void EachFolderIsListedOnce_AndTheListingHoldsFilesAndWhatIsNotRead()
    {
        Write("top.md");
        Write("story/page.md");
        Write("story/inner/deeper.md");
        Write(".hidden/secret.md");
        Directory.CreateDirectory(_content.FilePath("folder.md"));
        File.CreateSymbolicLink(_content.FilePath("linked.md"), _content.FilePath("top.md"));
        Directory.CreateSymbolicLink(_content.FilePath("story/up"), _content.ContentPath);
        var listed = new List<string>();

        var listing = ContentFolder.Walk(_content.ContentPath, path =>
        {
            listed.Add(Path.GetRelativePath(_content.ContentPath, path));
            return ContentFolder.ListFolder(path);
        });

        Assert.Equal([".", "folder.md", "story", "story/inner"], listed.Order(StringComparer.Ordinal));
        Assert.Equal(["story/inner/deeper.md", "story/page.md", "top.md"], listing.Files.Select(file => file.Name));
        Assert.Equal(["folder.md", "linked.md", "story/up/"], listing.NotRead.Select(warning => warning.FileName));
        Assert.Empty(listing.Closed);
    }

    [Theory]
    [InlineData("africa/mali/2022/08/17/deep.md", true)] // an archive by place and date
    [InlineData("a/b/c/d/e/f/g/h/deepest-read.md", true)]
    [InlineData("a/b/c/d/e/f/g/h/i/too-deep.md", false)]
    public void FilesAreReadToADepthOfEightFolders_AndADeeperFolderIsNamed(string fileName, bool read)
    {
        Write(fileName);

        var listing = ContentFolder.Walk(_content.ContentPath);

        Assert.Equal(read, listing.Files.Any(file => file.Name == fileName));
        Assert.Equal(read ? [] : ["a/b/c/d/e/f/g/h/i/"], listing.NotRead.Select(warning => warning.FileName));
    }

    [Fact]
    public void AFilesStamp_HoldsItsChangeTimeAndIdentity_WhichACopyKeepingTimesDoesNotKeep()
    {
        Write("a.md");
        var original = Assert.Single(ContentFolder.Walk(_content.ContentPath).Files).Stamp;
        File.Copy(_content.FilePath("a.md"), _content.FilePath("a.copy"));
        File.SetLastWriteTimeUtc(_content.FilePath("a.copy"), File.GetLastWriteTimeUtc(_content.FilePath("a.md")));
        File.Move(_content.FilePath("a.copy"), _content.FilePath("a.md"), overwrite: true);

        var copied = Assert.Single(ContentFolder.Walk(_content.ContentPath).Files).Stamp;

        Assert.Equal((original.Length, original.ModifiedTicks), (copied.Length, copied.ModifiedTicks));
        Assert.True(copied.SurvivesRestart);
        Assert.NotEqual(original.Inode, copied.Inode);
        Assert.NotEqual(original, copied);
    }

    private void Write(string fileName)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_content.FilePath(fileName))!);
        _content.Write(fileName, TestContent.Article("T", "S", "s", "Text."));
    }
}
