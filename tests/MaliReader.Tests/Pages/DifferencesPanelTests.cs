using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>The differences panel lists what differs; when nothing does, a line says so instead of an empty panel.</summary>
public sealed class DifferencesPanelTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("/?story=quake")]
    [InlineData("/?story=quake&view=aligned")]
    public async Task AccountsThatPairWithNoDifference_ShowALineSayingSo_NotAnEmptyPanel(string url)
    {
        _content.Write("quake-a.md", TestContent.Article("Quake", "Agency A", "quake",
            "A strong earthquake struck the coast on Monday, and the harbour wall cracked."));
        _content.Write("quake-b.md", TestContent.Article("Quake", "Agency B", "quake",
            "A strong earthquake struck the coast on Monday and the harbour wall cracked."));
        using var app = new MaliReaderApp(_content);

        var page = await app.GetDocumentAsync(url);

        Assert.Single(page.QuerySelectorAll(".overview-segment:not(.level-alone)"));
        Assert.Null(page.QuerySelector("details.differences"));
        Assert.Contains("No difference found", page.QuerySelector(".differences-none")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountsThatDiffer_ListTheDifferences_AndNoLineSaysNone()
    {
        _content.Write("quake-a.md", TestContent.Article("Quake", "Agency A", "quake",
            "A strong earthquake struck the coast on Monday and killed 12 people."));
        _content.Write("quake-b.md", TestContent.Article("Quake", "Agency B", "quake",
            "A strong earthquake struck the coast on Monday and killed 15 people."));
        using var app = new MaliReaderApp(_content);

        var page = await app.GetDocumentAsync("/?story=quake");

        Assert.NotEmpty(page.QuerySelectorAll("details.differences .difference"));
        Assert.DoesNotContain("(0)", page.QuerySelector("details.differences summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".differences-none"));
    }
}
