using System.Net;
using AngleSharp.Dom;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Ingest;
using MaliReader.Web.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Permalinks;

/// <summary>
/// An article may say the same thing twice, and each copy has its own link. When an edit takes out one copy, the link
/// to the copy that stays must still show it, not say the passage "has changed or was removed" while the article holds
/// it word for word.
/// </summary>
public sealed class RepeatedParagraphLinkTests
{
    private const string Repeated = "The council will meet again on Friday to hear the minister.";
    private const string Drones = "The minister wrote to the council about the drones over Gao.";
    private const string Bamako = "Officials in Bamako said nothing more.";
    private const string Kidal = "A convoy left Kidal at dawn.";

    [Fact]
    public async Task LinkToTheSecondCopyOfARepeatedParagraph_AfterTheFirstIsTakenOut_StillShowsIt()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Repeated, Drones, Repeated, Bamako));
        using var app = new MaliReaderApp(content);
        var secondCopy = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article("council")!.Paragraphs[2];
        Assert.Equal(Repeated, secondCopy.Text);

        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Drones, Repeated, Bamako));
        app.Services.GetRequiredService<ContentIngest>().Sync();

        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/p/{secondCopy.Slug}/{secondCopy.Fingerprint}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Null(page.QuerySelector(".permalink-changed"));
        Assert.Equal("council-2", page.QuerySelector(".paragraph.is-target")?.Id);
    }

    [Fact]
    public async Task LinkToTheLastOfThreeCopies_AfterTheMiddleOneIsTakenOut_ShowsTheCopyStillLast()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Repeated, Drones, Repeated, Bamako, Repeated, Kidal));
        using var app = new MaliReaderApp(content);
        var thirdCopy = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article("council")!.Paragraphs[4];

        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Repeated, Drones, Bamako, Repeated, Kidal));
        app.Services.GetRequiredService<ContentIngest>().Sync();

        var page = await OpenAsync(app, thirdCopy);
        Assert.Null(page.QuerySelector(".permalink-changed"));
        Assert.Equal("council-4", page.QuerySelector(".paragraph.is-target")?.Id);
    }

    [Fact]
    public async Task LinksToEitherCopy_AfterOneIsTakenOutAndTheOtherMoved_ShowTheCopyWhereItNowStands()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Repeated, Drones, Repeated, Bamako));
        using var app = new MaliReaderApp(content);
        var copies = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article("council")!.Paragraphs
            .Where(paragraph => paragraph.Text == Repeated).ToList();
        Assert.Equal(2, copies.Count);

        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Drones, Bamako, Repeated));
        app.Services.GetRequiredService<ContentIngest>().Sync();

        foreach (var copy in copies)
        {
            var page = await OpenAsync(app, copy);
            Assert.Null(page.QuerySelector(".permalink-changed"));
            Assert.Equal("council-3", page.QuerySelector(".paragraph.is-target")?.Id);
        }
    }

    [Fact]
    public async Task LinkToACopyOfARepeatedParagraph_AfterEveryCopyIsTakenOut_SaysItWasRemoved()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Repeated, Drones, Repeated, Bamako));
        using var app = new MaliReaderApp(content);
        var secondCopy = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article("council")!.Paragraphs[2];

        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Drones, Bamako));
        app.Services.GetRequiredService<ContentIngest>().Sync();

        var page = await OpenAsync(app, secondCopy);
        Assert.NotNull(page.QuerySelector(".permalink-changed"));
        Assert.Contains(Repeated, page.QuerySelector(".permalink-old")?.TextContent);
        Assert.Null(page.QuerySelector(".paragraph.is-target"));
    }

    [Fact]
    public void EachCopysLink_IsKnownForTheCopyItWasHandedTo()
    {
        var fingerprints = Fingerprint.ForParagraphs([Repeated, Drones, Repeated.ToUpperInvariant(), Bamako, Repeated]);

        Assert.Equal(1, Fingerprint.OccurrenceOf(Repeated, fingerprints[0], copiesAtMost: 3));
        Assert.Equal(2, Fingerprint.OccurrenceOf(Repeated, fingerprints[2], copiesAtMost: 3));
        Assert.Equal(3, Fingerprint.OccurrenceOf(Repeated, fingerprints[4], copiesAtMost: 3));
        Assert.Null(Fingerprint.OccurrenceOf(Repeated, fingerprints[4], copiesAtMost: 2));
        Assert.Null(Fingerprint.OccurrenceOf(Repeated, fingerprints[1], copiesAtMost: 3));
    }

    private static async Task<IDocument> OpenAsync(MaliReaderApp app, Paragraph paragraph)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/p/{paragraph.Slug}/{paragraph.Fingerprint}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await MaliReaderApp.ParseAsync(response);
    }
}
