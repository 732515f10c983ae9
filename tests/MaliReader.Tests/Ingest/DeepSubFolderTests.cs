using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// Files in sub-folders are read, as the README says, to a depth an archive needs (region/country/year/month/day is
/// five folders): before, a file five folders down was neither served nor named anywhere. A folder deeper than the
/// limit is named on /status, so that its author sees why its articles are missing.
/// </summary>
public sealed class DeepSubFolderTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("africa/mali/2022/08/17")]
    [InlineData("a/b/c/d/e/f")]
    public async Task AnArticleDeepInSubFolders_IsServed(string folders)
    {
        WriteArticle(folders);
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var article = await client.GetAsync("/api/articles/deep-letter");

        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    [Fact]
    public async Task AFolderDeeperThanTheLimit_IsNamedOnStatus()
    {
        WriteArticle("a/b/c/d/e/f/g/h/i");
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var article = await client.GetAsync("/api/articles/deep-letter");
        var status = await client.GetStringAsync("/status");

        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
        Assert.Contains("a/b/c/d/e/f/g/h/i/", status, StringComparison.Ordinal);
        Assert.Contains("more than 8 folders down", status, StringComparison.Ordinal);
    }

    private void WriteArticle(string folders)
    {
        var folder = Path.Combine(_content.ContentPath, folders);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "deep-letter.md"),
            TestContent.Article("The letter, filed deep", "Archive", "deep-story", "Mali wrote to the Security Council about the flights."));
    }
}
