using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// An operator adds an archive the usual way, with a symbolic link to its folder (content/archive -> /srv/archive).
/// Links are not followed, by design; a link to a folder is named on /status with why, as a link to a file is. Before,
/// it was passed over in silence: its articles were missing and /status said every content file was read.
/// </summary>
public sealed class LinkedFolderTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("archive")]
    [InlineData("mali-2022")]
    public async Task ASymbolicLinkToAFolderOfArticles_IsNamedOnStatus(string linkName)
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_content.Root, "kept-elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "archived-letter.md"),
            TestContent.Article("The archived letter", "Archive", "archive-story", "Mali wrote to the Security Council."));
        Directory.CreateSymbolicLink(_content.FilePath(linkName), elsewhere);
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var article = await client.GetAsync("/api/articles/archived-letter");
        var status = await client.GetStringAsync("/status");

        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
        Assert.True(status.Contains(linkName, StringComparison.Ordinal), $"/status does not name {linkName}, a link to a folder of articles that is not read");
    }

    [Fact]
    public async Task ASymbolicLinkToAnArticleFile_IsNamedOnStatus()
    {
        // The control: a link to one file is named, with why.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_content.Root, "kept-elsewhere")).FullName;
        var target = Path.Combine(elsewhere, "archived-letter.md");
        File.WriteAllText(target, TestContent.Article("The archived letter", "Archive", "archive-story", "Mali wrote to the Security Council."));
        File.CreateSymbolicLink(_content.FilePath("archived-letter.md"), target);
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        var status = await client.GetStringAsync("/status");

        Assert.Contains("archived-letter.md", status, StringComparison.Ordinal);
    }
}
