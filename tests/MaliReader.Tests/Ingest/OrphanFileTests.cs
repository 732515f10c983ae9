using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Ingest;
using MaliReader.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>A sidecar with no page, or a story file no article belongs to, is named on /status and in the log as a warning.</summary>
public sealed class OrphanFileTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    /// <summary>Folder listings and the files among them that are read for nothing.</summary>
    public static TheoryData<string[], string[], string[]> Orphans => new()
    {
        // A sidecar beside its page counts; one whose page is gone, or beside a Markdown file, does not.
        { ["page.html", "page.yml"], [], [] },
        { ["page.htm", "page.yml"], [], [] },
        { ["gone.yml"], [], ["gone.yml"] },
        { ["notes.md", "notes.yml"], [], ["notes.yml"] },
        { ["story-a/page.html", "story-a/page.yml", "story-b/page.yml"], [], ["story-b/page.yml"] },
        // Ingest pairs names exactly: a sidecar in other casing is never read.
        { ["Page.html", "page.yml"], [], ["page.yml"] },
        // Extensions pair in any case; of two sidecars that differ only there, the one spelled ".yml" is read.
        { ["page.html", "page.YML"], [], [] },
        { ["page.HTM", "page.Yml"], [], [] },
        { ["gone.YML"], [], ["gone.YML"] },
        { ["page.html", "page.yml", "page.YML"], [], ["page.YML"] },
        { ["page.html", "page.Yml", "page.YML"], [], ["page.Yml"] },
        // YAML's other extension is a sidecar's too, in any case. Sidecars under both are their page's error, not
        // files read for nothing (YamlExtensionTests).
        { ["page.html", "page.yaml"], [], [] },
        { ["page.HTM", "page.YAML"], [], [] },
        { ["gone.yaml"], [], ["gone.yaml"] },
        { ["notes.md", "notes.Yaml"], [], ["notes.Yaml"] },
        { ["page.html", "page.yaml", "page.YAML"], [], ["page.YAML"] },
        { ["page.html", "page.yml", "page.yaml"], [], [] },
        { ["page.html", "page.YML", "page.yaml", "page.yml"], [], [] },
        // A story file counts when some article belongs to its story, wherever it stands.
        { ["quake.story.yml"], ["quake"], [] },
        { ["quake/quake.story.yml"], ["quake"], [] },
        { ["quake.story.yml"], ["flood"], ["quake.story.yml"] },
        // Story keys are matched as slugs are, so a story file in other casing names the same story.
        { ["Quake.story.yml"], ["quake"], [] },
        { ["quake.story.yml"], ["QUAKE"], [] },
        // Two story files of one story in other casing: the first key in ordinal order describes it.
        { ["Quake.story.yml", "quake.story.yml"], ["quake"], ["quake.story.yml"] },
        { ["a/quake.story.yml", "b/QUAKE.story.yml"], ["Quake"], ["a/quake.story.yml"] },
        { ["a.md", "b.html", "quake.story.yml", "b.yml"], ["quake"], [] },
        // A story file under YAML's other extension is one too; of two that name one key under one extension, the one
        // spelled in lower case, or else the first by its path, describes the story. Under both extensions they are
        // errors, not files read for nothing (YamlExtensionTests).
        { ["quake.story.yaml"], ["quake"], [] },
        { ["quake.STORY.YAML"], ["quake"], [] },
        { ["quake.story.yaml"], ["flood"], ["quake.story.yaml"] },
        { ["quake.story.yml", "quake.story.YML"], ["quake"], ["quake.story.YML"] },
        { ["a/quake.story.yml", "b/quake.story.yml"], ["quake"], ["b/quake.story.yml"] },
        { ["quake.story.yml", "quake.story.yaml"], ["quake"], [] },
        { ["Quake.story.yaml", "quake.story.yml"], ["quake"], ["quake.story.yml"] },
    };

    [Theory]
    [MemberData(nameof(Orphans))]
    public void ContentFolder_FindsTheFilesReadForNothing(string[] names, string[] stories, string[] expected)
    {
        var files = names.Select(name => new ContentFileInfo(name, "/nowhere/" + name, new FileStamp(1, 1)));

        var warnings = ContentFolder.Orphans(files, stories.Select(SlugCase.Of).ToHashSet(StringComparer.Ordinal));

        Assert.Equal(expected, warnings.Select(warning => warning.FileName));
    }

    [Theory]
    [InlineData("a/quake.story.yml", "b/quake.story.yml")]
    [InlineData("quake.story.yml", "quake.story.YML")]
    public void OfTwoStoryFilesNamingOneKey_OneDescribesTheStory_AndTheOtherIsNamed_ReadForNothing(string described, string other)
    {
        using var ingest = new Support.Ingest(_content);
        foreach (var (name, title) in new[] { (described, "An earthquake in the valley"), (other, "Another heading") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_content.FilePath(name))!);
            _content.Write(name, $"title: \"{title}\"\n");
        }
        _content.Write("quake.md", TestContent.Article("Quake", "Valley Post", "quake", "The ground shook at dawn."));

        var snapshot = ingest.Sync();

        Assert.Equal("An earthquake in the valley", snapshot.Story("quake")!.Info?.Title);
        Assert.Equal(other, Assert.Single(snapshot.Warnings).FileName);
        Assert.Contains(described, snapshot.Warnings[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusPage_NamesEachOrphan_AsAWarning_AndTheLogToo()
    {
        _content.Write("gone.yml", "source: \"Sahel Daily\"\n");
        _content.Write("no-such-story.story.yml", "title: \"A story nobody wrote\"\n");
        _content.Write($"{TestContent.Story}.story.yml", "title: \"Mali and France at the UN\"\n");
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        var page = await app.GetDocumentAsync("/status");

        var rows = page.QuerySelectorAll(".status-warnings tbody tr")
            .ToDictionary(row => row.QuerySelector("td code")!.TextContent, row => row.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(["gone.yml", "no-such-story.story.yml"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("gone.html", rows["gone.yml"], StringComparison.Ordinal);
        Assert.Contains("no-such-story", rows["no-such-story.story.yml"], StringComparison.Ordinal);
        // Nothing is lost: no error, and monitoring stays healthy.
        Assert.Empty(page.QuerySelectorAll(".status-errors"));
        Assert.Contains("Every content file was read", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Healthy", await client.GetStringAsync("/healthz"), StringComparison.Ordinal);
        Assert.All(rows.Keys, name => Assert.Contains(app.Logs.Entries, entry => entry.Contains(name, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("no-such-story.story.yml")]
    [InlineData("stories/no-such-story.story.yml")]
    [InlineData(TestContent.Story + ".story.yml")]
    public async Task AStoryFileThatCannotBeRead_IsListedOnce_AsAnError(string fileName)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_content.FilePath(fileName))!);
        _content.Write(fileName, "title: [\n");
        using var app = new MaliReaderApp(_content);

        var page = await app.GetDocumentAsync("/status");

        var named = page.QuerySelectorAll("main tbody tr td code").Select(code => code.TextContent).ToList();
        Assert.Equal([fileName], named);
        Assert.Single(page.QuerySelectorAll(".status-errors tbody tr"));
        // In the log too, as an article that cannot be read is.
        Assert.Contains(app.Logs.Entries, entry => entry.Contains(fileName, StringComparison.Ordinal) && entry.Contains("not loaded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOrphanThatFindsItsArticle_IsNoLongerReported()
    {
        _content.Write("quake.story.yml", "title: \"An earthquake in the valley\"\n");
        using var app = new MaliReaderApp(_content);
        Assert.Single((await app.GetDocumentAsync("/status")).QuerySelectorAll(".status-warnings tbody tr"));

        _content.Write("quake.md", TestContent.Article("Quake", "Valley Post", "quake", "The ground shook at dawn."));
        app.Services.GetRequiredService<ContentIngest>().Sync();

        using var client = app.CreateClient();
        using var response = await client.GetAsync("/status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await MaliReaderApp.ParseAsync(response)).QuerySelectorAll(".status-warnings"));
    }

    [Fact]
    public async Task AnOrphanAddedWhileServing_IsReportedWithoutAnyOtherChange()
    {
        using var app = new MaliReaderApp(_content);
        Assert.Empty((await app.GetDocumentAsync("/status")).QuerySelectorAll(".status-warnings"));

        _content.Write("stray.yml", "note: \"for a page never saved\"\n");
        app.Services.GetRequiredService<ContentIngest>().Sync();

        var row = Assert.Single((await app.GetDocumentAsync("/status")).QuerySelectorAll(".status-warnings tbody tr"));
        Assert.Equal("stray.yml", row.QuerySelector("td code")!.TextContent);
    }
}
