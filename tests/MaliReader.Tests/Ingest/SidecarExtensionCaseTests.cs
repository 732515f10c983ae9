using System.Text.Json;
using MaliReader.Tests.Articles.WebPages;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// A sidecar is paired with its saved page whatever case either extension is written in ("page.YML" beside
/// "page.html", "page.Yml" beside "page.HTM"), as the content folder reads both in any case. A sidecar saved as
/// "page.YML" was taken for a sidecar, yet its fields were not applied, so the page went out under its own site name
/// rather than the source the author set, and /status said that no saved page "page.html" stood beside it, though one did.
/// </summary>
public sealed class SidecarExtensionCaseTests : IDisposable
{
    private const string Translated = "Sahel Daily (translated by a reader)";

    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task ASidecarWithItsExtensionInCapitals_IsApplied_AndStatusDoesNotCallItAnOrphan()
    {
        _content.Write("page.html", TestPages.Page("""<meta property="og:site_name" content="Sahel Daily">"""));
        _content.Write("page.YML", $"source: \"{Translated}\"\n");
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var article = JsonDocument.Parse(await client.GetStringAsync("/api/articles/page"));
        var status = await client.GetStringAsync("/status");

        Assert.Equal(Translated, article.RootElement.GetProperty("source").GetString());
        Assert.DoesNotContain("no saved page", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page.html", "page.YML")]
    [InlineData("page.HTM", "page.Yml")]
    [InlineData("story/page.Html", "story/page.yML")]
    public void ASidecarInAnyCase_IsApplied_AndItsEditReadsThePageAgain(string page, string sidecar)
    {
        using var ingest = new Support.Ingest(_content);
        Directory.CreateDirectory(Path.GetDirectoryName(_content.FilePath(page))!);
        _content.Write(page, TestPages.Page("""<meta property="og:site_name" content="Sahel Daily">"""));
        _content.Write(sidecar, $"source: \"{Translated}\"\n");

        var first = ingest.Sync();
        Assert.Equal(Translated, Assert.Single(first.Articles).Source);
        Assert.Empty(first.Warnings);

        _content.Write(sidecar, "source: \"Sahel Daily, second reading\"\n");
        File.SetLastWriteTimeUtc(_content.FilePath(sidecar), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal("Sahel Daily, second reading", Assert.Single(ingest.Sync().Articles).Source);
    }

    [Fact]
    public void AnErrorInACapitalisedSidecar_NamesThatFile()
    {
        using var ingest = new Support.Ingest(_content);
        _content.Write("page.html", TestPages.Page());
        _content.Write("page.YML", "source: [broken\n");

        var error = Assert.Single(ingest.Sync().Errors);

        Assert.Equal("page.html", error.FileName);
        Assert.Contains("its sidecar page.YML,", error.Reason, StringComparison.Ordinal);
    }
}
