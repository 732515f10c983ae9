using System.Net;
using MaliReader.Tests.Support;
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

    [Fact]
    public async Task LinkToTheSecondCopyOfARepeatedParagraph_AfterTheFirstIsTakenOut_StillShowsIt()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            Repeated, "The minister wrote to the council about the drones over Gao.", Repeated, "Officials in Bamako said nothing more."));
        using var app = new MaliReaderApp(content);
        var secondCopy = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article("council")!.Paragraphs[2];
        Assert.Equal(Repeated, secondCopy.Text);

        content.Write("council.md", TestContent.Article("The council", "Test source", "council",
            "The minister wrote to the council about the drones over Gao.", Repeated, "Officials in Bamako said nothing more."));
        app.Services.GetRequiredService<ContentIngest>().Sync();

        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/p/{secondCopy.Slug}/{secondCopy.Fingerprint}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Null(page.QuerySelector(".permalink-changed"));
        Assert.Equal("council-2", page.QuerySelector(".paragraph.is-target")?.Id);
    }
}
