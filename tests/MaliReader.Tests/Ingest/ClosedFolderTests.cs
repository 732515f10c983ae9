using System.Runtime.Versioning;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// A folder of content the app may not open (its permissions changed, a mount gone stale) does not take its articles
/// off the site as if they were deleted: each keeps its last good version, and /status names the folder and why, as it
/// names a file the app may not read. The folders are closed by chmod and ingest runs without root's permission
/// override (<see cref="WithoutPermissionOverride"/>), so the error is the system's own.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class ClosedFolderTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly Support.Ingest _ingest;

    public ClosedFolderTests()
    {
        _ingest = new Support.Ingest(_content);
        Directory.CreateDirectory(_content.FilePath("harvest"));
        _content.Write("harvest/rains.md", TestContent.Article("Rains", "Outlet", "harvest", "The rains came late."));
        _content.Write("harvest/harvest.story.yml", "title: The late harvest\n");
        _content.Write("market.md", TestContent.Article("Market", "Outlet", "market", "The market opened."));
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _content.ContentPath, _content.FilePath("harvest") })
        {
            if (Directory.Exists(folder))
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        _ingest.Dispose();
        _content.Dispose();
    }

    [Fact]
    public void ASubFolderTheAppMayNotOpen_KeepsItsArticlesAndStory_AndIsNamedWithWhy()
    {
        var before = _ingest.Sync();
        Assert.Equal("The late harvest", before.Story("harvest")?.Info?.Title);

        File.SetUnixFileMode(_content.FilePath("harvest"), UnixFileMode.None);
        var closed = WithoutPermissionOverride.Run(_ingest.Sync);

        Assert.Equal(["market", "rains"], closed.Articles.Select(article => article.Slug).Order(StringComparer.Ordinal));
        Assert.Equal("The rains came late.", closed.Article("rains")!.Paragraphs[0].Text);
        Assert.Equal(before.Article("rains")!.Paragraphs[0].Id, closed.Article("rains")!.Paragraphs[0].Id);
        Assert.Equal("The late harvest", closed.Story("harvest")?.Info?.Title);
        var error = Assert.Single(closed.Errors);
        Assert.Equal("harvest/", error.FileName);
        Assert.Contains("permission denied", error.Reason, StringComparison.Ordinal);
        Assert.Contains("last good", error.Reason, StringComparison.Ordinal);
        Assert.NotEqual(before.Version, closed.Version);

        File.SetUnixFileMode(_content.FilePath("harvest"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var reopened = WithoutPermissionOverride.Run(_ingest.Sync);

        Assert.Empty(reopened.Errors);
        Assert.Equal(before.Version, reopened.Version);
    }

    [Fact]
    public void ASubFolderTheAppMayListButNotSearch_KeepsItsArticles()
    {
        _ingest.Sync();

        File.SetUnixFileMode(_content.FilePath("harvest"), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var closed = WithoutPermissionOverride.Run(_ingest.Sync);

        Assert.Equal("The rains came late.", closed.Article("rains")?.Paragraphs[0].Text);
        var error = Assert.Single(closed.Errors);
        Assert.Equal("harvest/", error.FileName);
        Assert.Contains("permission denied", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileDeletedInAFolderThatOpensAgain_IsThenRemoved()
    {
        _ingest.Sync();
        File.SetUnixFileMode(_content.FilePath("harvest"), UnixFileMode.None);
        WithoutPermissionOverride.Run(_ingest.Sync);

        File.Delete(_content.FilePath("harvest/rains.md"));
        File.SetUnixFileMode(_content.FilePath("harvest"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var reopened = WithoutPermissionOverride.Run(_ingest.Sync);

        Assert.Equal(["market"], reopened.Articles.Select(article => article.Slug));
    }

    [Fact]
    public void TheContentFolderItselfClosed_KeepsEveryArticle_AndIsNamedByItsSetting()
    {
        var before = _ingest.Sync();

        File.SetUnixFileMode(_content.ContentPath, UnixFileMode.None);
        var closed = WithoutPermissionOverride.Run(_ingest.Sync);

        Assert.Equal(before.Articles.Select(article => article.Slug).Order(StringComparer.Ordinal),
            closed.Articles.Select(article => article.Slug).Order(StringComparer.Ordinal));
        var error = Assert.Single(closed.Errors);
        Assert.Equal(ContentIngest.ContentFolderSetting, error.FileName);
        Assert.Contains("permission denied", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(_content.ContentPath, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARestartWhileAFolderIsClosed_StillServesItsArticles()
    {
        _ingest.Sync();
        File.SetUnixFileMode(_content.FilePath("harvest"), UnixFileMode.None);

        using var restarted = new Support.Ingest(_content);
        var snapshot = WithoutPermissionOverride.Run(restarted.Sync);

        Assert.Equal("The rains came late.", snapshot.Article("rains")?.Paragraphs[0].Text);
        Assert.Equal("harvest/", Assert.Single(snapshot.Errors).FileName);
    }

    [Fact]
    public async Task StatusPage_NamesTheClosedFolderAndWhy_AndItsArticleIsStillServed()
    {
        using var factory = new MaliReaderApp(_content);
        // The watcher is left out: ingest runs here, on a thread without root's permission override.
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Remove(services.Single(service => service.ImplementationType == typeof(ContentWatcher)))));
        using var client = app.CreateClient();
        File.SetUnixFileMode(_content.FilePath("harvest"), UnixFileMode.None);

        WithoutPermissionOverride.Run(app.Services.GetRequiredService<ContentIngest>().Sync);
        var status = await client.GetStringAsync("/status");
        var health = await client.GetStringAsync("/healthz");
        using var article = await client.GetAsync("/api/articles/rains");

        Assert.Contains("harvest/", status, StringComparison.Ordinal);
        Assert.Contains("permission denied", status, StringComparison.Ordinal);
        Assert.StartsWith("Degraded: harvest/: this folder cannot be listed (the app may not open it: permission denied)", health, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, article.StatusCode);
    }

    public static TheoryData<string, Exception, string> ListingFailures => new()
    {
        { "harvest", new UnauthorizedAccessException("Access to the path is denied."), "permission denied" },
        { "harvest", new IOException("Input/output error"), "could not list it" },
    };

    [Theory]
    [MemberData(nameof(ListingFailures))]
    public void Walk_NamesAFolderItCannotList_AndListsTheOthers(string folder, Exception failure, string reason)
    {
        var failing = _content.FilePath(folder);

        var listing = ContentFolder.Walk(_content.ContentPath, path => path == failing ? throw failure : ContentFolder.ListFolder(path));

        var closed = Assert.Single(listing.Closed);
        Assert.Equal(folder, closed.Name);
        Assert.Contains(reason, closed.Reason, StringComparison.Ordinal);
        Assert.Equal(["market.md"], listing.Files.Select(file => file.Name));
        Assert.True(listing.MayHold("harvest/rains.md"));
        Assert.False(listing.MayHold("harvest-two/rains.md"));
    }

    [Fact]
    public void Walk_AFolderGoneSinceItsParentWasListed_IsNotNamed()
    {
        var gone = _content.FilePath("harvest");

        var listing = ContentFolder.Walk(_content.ContentPath,
            path => path == gone ? throw new DirectoryNotFoundException() : ContentFolder.ListFolder(path));

        Assert.Empty(listing.Closed);
        Assert.Equal(["market.md"], listing.Files.Select(file => file.Name));
    }
}
