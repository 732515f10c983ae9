using System.Text.Json;
using MaliReader.Tests.Articles.WebPages;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// YAML has two standard extensions, ".yml" and ".yaml". A sidecar saved as "page.yaml" was ignored without a word:
/// the page went out under its own site's name, and /status named nothing. A sidecar and a story file are read under
/// either extension, in any case; a page given both a ".yml" and a ".yaml" sidecar, or a story both story files, is
/// an error named on /status, as a sidecar that cannot be read is.
/// </summary>
public sealed class YamlExtensionTests : IDisposable
{
    private const string SiteName = "Sahel Daily";
    private const string Translated = "Sahel Daily (translated by a reader)";

    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    private void WritePage(string name)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_content.FilePath(name))!);
        _content.Write(name, TestPages.Page($"""<meta property="og:site_name" content="{SiteName}">"""));
    }

    // A file written again within the clock's tick could keep its stamp: each edit is dated past the one before.
    private void Edit(string name, string text, int minutes)
    {
        _content.Write(name, text);
        File.SetLastWriteTimeUtc(_content.FilePath(name), DateTime.UtcNow.AddMinutes(minutes));
    }

    [Fact]
    public async Task ASidecarSavedAsYaml_IsApplied_AndStatusNamesNothing()
    {
        WritePage("page.html");
        _content.Write("page.yaml", $"source: \"{Translated}\"\n");
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var article = JsonDocument.Parse(await client.GetStringAsync("/api/articles/page"));
        var status = await app.GetDocumentAsync("/status");

        Assert.Equal(Translated, article.RootElement.GetProperty("source").GetString());
        Assert.Empty(status.QuerySelectorAll(".status-warnings, .status-errors"));
    }

    [Theory]
    [InlineData("page.html", "page.yaml")]
    [InlineData("page.HTM", "page.YAML")]
    [InlineData("story/page.Html", "story/page.Yaml")]
    public void AYamlSidecarInAnyCase_IsApplied_AndItsEditOrDeletionReadsThePageAgain(string page, string sidecar)
    {
        using var ingest = new Support.Ingest(_content);
        WritePage(page);
        _content.Write(sidecar, $"source: \"{Translated}\"\n");

        var first = ingest.Sync();
        Assert.Equal(Translated, Assert.Single(first.Articles).Source);
        Assert.Empty(first.Warnings);

        Edit(sidecar, "source: \"Sahel Daily, second reading\"\n", minutes: 1);
        Assert.Equal("Sahel Daily, second reading", Assert.Single(ingest.Sync().Articles).Source);

        File.Delete(_content.FilePath(sidecar));
        Assert.Equal(SiteName, Assert.Single(ingest.Sync().Articles).Source);
    }

    [Fact]
    public void AnErrorInAYamlSidecar_NamesThatFile()
    {
        using var ingest = new Support.Ingest(_content);
        WritePage("page.html");
        _content.Write("page.yaml", "source: [broken\n");

        var error = Assert.Single(ingest.Sync().Errors);

        Assert.Equal("page.html", error.FileName);
        Assert.Contains("its sidecar page.yaml,", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AYamlSidecarWithNoPage_IsNamedAsReadForNothing_WithThePageItLooksFor()
    {
        using var ingest = new Support.Ingest(_content);
        _content.Write("gone.yaml", $"source: \"{Translated}\"\n");

        var warning = Assert.Single(ingest.Sync().Warnings);

        Assert.Equal("gone.yaml", warning.FileName);
        Assert.Contains("no saved page gone.html or gone.htm", warning.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page.yml", "page.yaml")]
    [InlineData("page.YML", "page.yaml")]
    [InlineData("page.yml", "page.Yaml")]
    public async Task APageWithBothAYmlAndAYamlSidecar_IsAnErrorNamingBoth_AndKeepsItsLastGoodVersion(string yml, string yaml)
    {
        WritePage("page.html");
        _content.Write(yml, $"source: \"{Translated}\"\n");
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        var ingest = app.Services.GetRequiredService<ContentIngest>();

        _content.Write(yaml, "source: \"Another reading\"\n");
        var snapshot = ingest.Sync();

        var error = Assert.Single(snapshot.Errors);
        Assert.Equal("page.html", error.FileName);
        Assert.Contains(yml, error.Reason, StringComparison.Ordinal);
        Assert.Contains(yaml, error.Reason, StringComparison.Ordinal);
        Assert.Empty(snapshot.Warnings);
        var status = await app.GetDocumentAsync("/status");
        var row = Assert.Single(status.QuerySelectorAll(".status-errors tbody tr"));
        Assert.Contains(yaml, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Entries, entry => entry.Contains("page.html", StringComparison.Ordinal)
            && entry.Contains(yml, StringComparison.Ordinal) && entry.Contains(yaml, StringComparison.Ordinal));
        using (var article = JsonDocument.Parse(await client.GetStringAsync("/api/articles/page")))
        {
            Assert.Equal(Translated, article.RootElement.GetProperty("source").GetString());
        }

        // Either one deleted, the other is read.
        File.Delete(_content.FilePath(yml));
        var fixedSnapshot = ingest.Sync();
        Assert.Empty(fixedSnapshot.Errors);
        Assert.Equal("Another reading", Assert.Single(fixedSnapshot.Articles).Source);
    }

    [Fact]
    public void APageFirstSeenWithBothSidecars_IsAnError_AsOneWithABrokenSidecarIs()
    {
        using var ingest = new Support.Ingest(_content);
        WritePage("story/page.html");
        _content.Write("story/page.yml", $"source: \"{Translated}\"\n");
        _content.Write("story/page.yaml", $"source: \"{Translated}\"\n");

        var snapshot = ingest.Sync();

        Assert.Equal("story/page.html", Assert.Single(snapshot.Errors).FileName);
        Assert.Empty(snapshot.Articles);
        Assert.Empty(snapshot.Warnings);
    }

    [Theory]
    [InlineData("quake.story.yaml")]
    [InlineData("quake.STORY.YAML")]
    [InlineData("quake/quake.story.Yaml")]
    public void AStoryFileSavedAsYaml_GivesItsStoryItsHeading_AndItsEditIsRead(string storyFile)
    {
        using var ingest = new Support.Ingest(_content);
        Directory.CreateDirectory(Path.GetDirectoryName(_content.FilePath(storyFile))!);
        _content.Write("quake.md", TestContent.Article("Quake", "Valley Post", "quake", "The ground shook at dawn."));
        _content.Write(storyFile, "title: \"An earthquake in the valley\"\n");

        var first = ingest.Sync();
        Assert.Equal("An earthquake in the valley", first.Story("quake")!.Info?.Title);
        Assert.Empty(first.Warnings);
        Assert.Empty(first.Errors);

        Edit(storyFile, "title: \"The valley earthquake\"\n", minutes: 1);
        Assert.Equal("The valley earthquake", ingest.Sync().Story("quake")!.Info?.Title);
    }

    [Fact]
    public void AStoryWithBothAYmlAndAYamlStoryFile_IsAnErrorNamingBoth_AndKeepsItsLastGoodHeading()
    {
        using var ingest = new Support.Ingest(_content);
        _content.Write("quake.md", TestContent.Article("Quake", "Valley Post", "quake", "The ground shook at dawn."));
        _content.Write("quake.story.yml", "title: \"An earthquake in the valley\"\n");
        Assert.Equal("An earthquake in the valley", ingest.Sync().Story("quake")!.Info?.Title);

        _content.Write("quake.story.yaml", "title: \"The valley earthquake\"\n");
        var snapshot = ingest.Sync();

        Assert.Equal("An earthquake in the valley", snapshot.Story("quake")!.Info?.Title);
        Assert.Equal(["quake.story.yaml", "quake.story.yml"], snapshot.Errors.Select(error => error.FileName));
        Assert.All(snapshot.Errors, error => Assert.Contains(error.FileName == "quake.story.yml" ? "quake.story.yaml" : "quake.story.yml",
            error.Reason, StringComparison.Ordinal));
        Assert.Empty(snapshot.Warnings);

        File.Delete(_content.FilePath("quake.story.yml"));
        var fixedSnapshot = ingest.Sync();
        Assert.Empty(fixedSnapshot.Errors);
        Assert.Equal("The valley earthquake", fixedSnapshot.Story("quake")!.Info?.Title);
    }

    [Fact]
    public async Task AStoryWithBothAYmlAndAYamlStoryFile_IsNamedOnStatusAndInTheLog()
    {
        _content.Write("quake.md", TestContent.Article("Quake", "Valley Post", "quake", "The ground shook at dawn."));
        _content.Write("quake.story.yml", "title: \"An earthquake in the valley\"\n");
        _content.Write("quake.story.YAML", "title: \"The valley earthquake\"\n");
        using var app = new MaliReaderApp(_content);

        var status = await app.GetDocumentAsync("/status");

        var named = status.QuerySelectorAll(".status-errors tbody tr td code").Select(code => code.TextContent);
        Assert.Equal(["quake.story.YAML", "quake.story.yml"], named);
        Assert.Empty(status.QuerySelectorAll(".status-warnings"));
        Assert.Contains(app.Logs.Entries, entry => entry.Contains("quake.story.yml", StringComparison.Ordinal)
            && entry.Contains("quake.story.YAML", StringComparison.Ordinal));
    }
}
