using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Ingest;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Permalinks;

/// <summary>Stable links across edits of the content files: each test edits its own copy of the content.</summary>
public sealed class PermalinkHistoryTests
{
    private const string Changed = "This passage has changed or was removed";

    // RT's third paragraph, edited in a few words in some tests; its fifth, removed in others.
    private const string EditedOpening = "French drones, helicopters and fighter jets breached Malian airspace";
    private const string RemovedOpening = "Warning that Mali";

    [Fact]
    public async Task FingerprintLink_AfterParagraphInsertedAbove_StillShowsTheSameText()
    {
        using var content = new TestContent();
        using var app = new MaliReaderApp(content);
        var before = RtParagraph(app, EditedOpening);

        var file = content.Read("mali-france-rt.md");
        var at = file.IndexOf(EditedOpening, StringComparison.Ordinal);
        content.Write("mali-france-rt.md", file[..at] + "A paragraph added later, above the one that is linked to.\n\n" + file[at..]);
        Rebuild(app);

        var page = await GetOkAsync(app, LinkTo(before));
        Assert.Equal(before.Text, page.QuerySelector(".permalink-quote")!.TextContent.Trim());
        Assert.StartsWith($"RT ¶{before.N + 1}", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(Paragraph.MakeId(TestContent.RtSlug, before.N + 1), page.QuerySelector(".paragraph.is-target")!.Id);
        Assert.Null(page.QuerySelector(".permalink-changed"));
    }

    [Fact]
    public async Task FingerprintLink_AfterParagraphsReordered_StillShowsTheSameText()
    {
        using var content = new TestContent();
        using var app = new MaliReaderApp(content);
        var paragraphs = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article(TestContent.RtSlug)!.Paragraphs;

        // The article's paragraphs, last first.
        content.Write("mali-france-rt.md", TestContent.Article("Reordered", "RT", TestContent.Story, [.. paragraphs.Reverse().Select(p => p.Text)]));
        Rebuild(app);

        foreach (var paragraph in paragraphs)
        {
            var page = await GetOkAsync(app, LinkTo(paragraph));
            Assert.Equal(paragraph.Text, page.QuerySelector(".permalink-quote")!.TextContent.Trim());
            Assert.StartsWith($"RT ¶{paragraphs.Count + 1 - paragraph.N}", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EditedParagraph_OldLinkAfterRestart_SaysChangedQuotesOldTextAndOffersSuccessor()
    {
        using var content = new TestContent();
        Paragraph before;
        using (var first = new MaliReaderApp(content))
        {
            before = RtParagraph(first, EditedOpening);
        }

        // Edited while the site was down: the history in the database file answers the old link.
        content.Write("mali-france-rt.md", content.Read("mali-france-rt.md")
            .Replace("dated Monday and published on Wednesday", "dated Monday and made public on Wednesday", StringComparison.Ordinal));
        using var app = new MaliReaderApp(content);
        var after = RtParagraph(app, EditedOpening);
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);

        var page = await GetOkAsync(app, LinkTo(before));
        Assert.Equal(Changed, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(before.Text, page.QuerySelector(".permalink-old")!.TextContent.Trim());
        Assert.Contains("The passage now reads:", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(after.Text, page.QuerySelector(".permalink-successor")!.TextContent.Trim());
        var successorLink = page.QuerySelector<IHtmlAnchorElement>("a.permalink-successor-link")!;
        Assert.Equal(LinkTo(after), successorLink.GetAttribute("href"));

        var successor = await GetOkAsync(app, successorLink.GetAttribute("href")!);
        Assert.Equal(after.Text, successor.QuerySelector(".permalink-quote")!.TextContent.Trim());
    }

    [Fact]
    public async Task RemovedParagraph_OldLink_SaysChangedWithNoSuccessor()
    {
        using var content = new TestContent();
        using var app = new MaliReaderApp(content);
        var removed = RtParagraph(app, RemovedOpening);

        var file = content.Read("mali-france-rt.md");
        var start = file.IndexOf(RemovedOpening, StringComparison.Ordinal);
        var end = file.IndexOf('\n', start);
        content.Write("mali-france-rt.md", file[..start] + file[(end + 1)..]);
        Rebuild(app);
        Assert.Null(app.Services.GetRequiredService<CurrentSnapshot>().Value.ParagraphByFingerprint(TestContent.RtSlug, removed.Fingerprint));

        var page = await GetOkAsync(app, LinkTo(removed));
        Assert.Equal(Changed, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(removed.Text, page.QuerySelector(".permalink-old")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".permalink-successor"));
        Assert.Null(page.QuerySelector("a.permalink-successor-link"));
        Assert.DoesNotContain("now reads", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedParagraph_WhoseNearTwinStayed_IsNotOfferedTheTwin()
    {
        using var content = new TestContent();
        const string Twin = "The minister wrote to the council on Monday to ask for an emergency meeting about the flights.";
        const string Kept = "The minister wrote to the council on Tuesday to ask for an emergency meeting about the flights.";
        const string Other = "France denied the accusations and said its forces had left the country.";
        content.Write("twins.md", TestContent.Article("Twins", "Twin source", "twins", Twin, Kept, Other));
        using var app = new MaliReaderApp(content);
        var twin = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article("twins")!.Paragraphs[0];

        content.Write("twins.md", TestContent.Article("Twins", "Twin source", "twins", Kept, Other));
        Rebuild(app);

        // Kept is alike enough to pass for an edit of Twin, but it stood beside it: it is not its successor.
        var page = await GetOkAsync(app, LinkTo(twin));
        Assert.Equal(Changed, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(Twin, page.QuerySelector(".permalink-old")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("a.permalink-successor-link"));
    }

    [Fact]
    public async Task EditedParagraph_InANewVersion_IsOfferedNotJumpedTo()
    {
        using var content = new TestContent();
        const string Original = "The minister wrote to the council on Monday to ask for an emergency meeting about the flights.";
        const string Edited = "The minister wrote to the council on Monday to request an emergency meeting about the flights.";
        const string Other = "France denied the accusations and said its forces had left the country.";
        content.Write("edits.md", TestContent.Article("Edits", "Edit source", "edits", Original, Other));
        using var app = new MaliReaderApp(content);
        var original = app.Services.GetRequiredService<CurrentSnapshot>().Value.Article("edits")!.Paragraphs[0];

        content.Write("edits.md", TestContent.Article("Edits", "Edit source", "edits", Other, Edited));
        Rebuild(app);

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(LinkTo(original));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Equal(Changed, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(Edited, page.QuerySelector(".permalink-successor")!.TextContent.Trim());
        Assert.Equal("Go to Edit source ¶2 as it reads now", page.QuerySelector("a.permalink-successor-link")!.TextContent.Trim());
    }

    private static Paragraph RtParagraph(MaliReaderApp app, string opening) =>
        app.Services.GetRequiredService<CurrentSnapshot>().Value.Article(TestContent.RtSlug)!.Paragraphs
            .Single(paragraph => paragraph.Text.StartsWith(opening, StringComparison.Ordinal));

    private static void Rebuild(MaliReaderApp app) => app.Services.GetRequiredService<ContentIngest>().Sync();

    private static string LinkTo(Paragraph paragraph) => $"/p/{paragraph.Slug}/{paragraph.Fingerprint}";

    private static async Task<IHtmlDocument> GetOkAsync(MaliReaderApp app, string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await MaliReaderApp.ParseAsync(response);
    }
}
