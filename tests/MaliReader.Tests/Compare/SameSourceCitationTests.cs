using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Compare;

/// <summary>
/// A story told twice by one source (two Reuters pieces, a day apart) beside a third account. Comparison cites a
/// paragraph's counterpart by its account's source label, so both Reuters accounts were cited as "Reuters ¶n", and a
/// reader (or a screen reader) could not tell which of the two a citation named. Each is now told apart by what its
/// heading shows, here its date, wherever comparison names it.
/// </summary>
public sealed class SameSourceCitationTests(SameSourceCitationTests.App app) : IClassFixture<SameSourceCitationTests.App>
{
    private const string Story = "harbour-fire";
    private const string First = "Reuters (4 March)";
    private const string Second = "Reuters (5 March)";

    /// <summary>One app on the story, shared by the tests of the class.</summary>
    public sealed class App : IDisposable
    {
        public MaliReaderApp Factory { get; } = new(Create());

        private static TestContent Create()
        {
            var content = new TestContent(withSeedArticles: false);
            content.Write("harbour-radio.md", Account("Harbour Radio", null,
                "A grain warehouse at the port of Selmora burned for 9 hours on Tuesday night before firefighters brought the fire under control."));
            content.Write("reuters-first.md", Account("Reuters", "4 March",
                "A fire broke out on Tuesday night in a grain warehouse at the port of Selmora, and firefighters needed 9 hours to bring it under control, the harbour master Ilse Brandvold said.",
                "The warehouse, opened in 1987, stored about 4,000 tonnes of wheat bound for export; its owners said most of the grain was lost.",
                "Two dock workers were treated for smoke inhalation at the Selmora city clinic and released the same night."));
            content.Write("reuters-second.md", Account("Reuters (updated)", "5 March",
                "Two dock workers needed treatment for smoke inhalation at the city clinic in Selmora and were released that night.",
                "Firefighters fought for 11 hours to control a fire that broke out on Tuesday night in a grain warehouse at the port of Selmora, according to the harbour master Ilse Brandvoll.",
                "The warehouse was opened in 1987.",
                "It stored about 6,000 tonnes of wheat bound for export, and its owners said most of the grain was lost.",
                "Dock unions called a strike for Friday to demand new fire safety rules at every berth."));
            return content;
        }

        private static string Account(string source, string? published, params string[] paragraphs) =>
            $"""
            ---
            title: "{source} on the warehouse fire"
            source: "{source}"
            story: "{Story}"
            url: "https://example.org/{Uri.EscapeDataString(source)}"
            {(published is null ? "" : $"published: \"{published}\"\n")}---

            {string.Join("\n\n", paragraphs)}
            """;

        public void Dispose()
        {
            Factory.Dispose();
            Factory.Content.Dispose();
        }
    }

    private readonly MaliReaderApp _app = app.Factory;

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("")]
    [InlineData("&view=aligned")]
    public async Task ACounterpartInEitherReutersAccount_IsCitedAsItsParagraphCitesItself(string view)
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}{view}");

        var links = page.QuerySelectorAll("a.counterpart-link").ToList();
        Assert.Contains(links, link => Text(link) == $"↔ {First} ¶1");
        Assert.Contains(links, link => Text(link) == $"↔ {Second} ¶2");
        foreach (var link in links)
        {
            var target = page.GetElementById(link.GetAttribute("data-counterpart")!)!;
            Assert.Equal($"↔ {Text(target.QuerySelector("a.paragraph-link")!)}", Text(link));
        }
        Assert.Equal(page.QuerySelectorAll("a.paragraph-link").Length,
            page.QuerySelectorAll("a.paragraph-link").Select(Text).Distinct().Count());
    }

    [Fact]
    public async Task ScreenReaderTextAndAccountNames_TellTheTwoReutersAccountsApart()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}&view=aligned");

        Assert.Equal($"{First} ¶1 reported also in", Text(page.QuerySelector(".counterparts[data-for='reuters-first-1'] .visually-hidden")!));
        Assert.Equal($"Only in {Second}", Text(page.QuerySelector(".counterparts[data-for='reuters-second-5']")!));
        Assert.Equal(["Harbour Radio", First, Second], page.QuerySelectorAll(".account-switch a").Select(Text));
        Assert.Contains($"3 accounts: Harbour Radio, {First}, {Second}", Text(page.QuerySelector(".story-meta")!), StringComparison.Ordinal);
        Assert.Equal([$"Not in Harbour Radio", $"Not in {First}"],
            page.QuerySelector("[id='reuters-second-5']")!.Closest(".aligned-row")!.QuerySelectorAll(".cell-empty").Select(Text));
        var name = page.QuerySelectorAll(".difference-name").Single(item => item.TextContent.Contains("Brandvold", StringComparison.Ordinal));
        Assert.Equal([$"{First} Brandvold", $"{Second} Brandvoll"], name.QuerySelectorAll(".difference-side").Select(Text));
        Assert.Equal($"{First} ¶1 ↔ {Second} ¶2", Text(name.QuerySelector("a.difference-link")!));
        Assert.Contains(page.QuerySelectorAll(".overview-segment"), segment => segment.GetAttribute("title")!.StartsWith($"{First} ¶1 and {Second} ¶2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParagraphPage_CitesTheParagraphAndItsCounterpartsByTheirAccountsApart()
    {
        var page = await _app.GetDocumentAsync("/p/reuters-first-1");

        Assert.StartsWith($"{First} ¶1", Text(page.QuerySelector("h1")!), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".permalink-counterparts a"), a => Text(a) == $"{Second} ¶2");
    }

    [Fact]
    public async Task SearchApi_CitesTheHitAndItsCounterpartsByTheirAccountsApart()
    {
        using var client = _app.CreateClient();

        var result = await client.GetFromJsonAsync<ApiResult>("/api/search?q=Brandvold");

        var hit = Assert.Single(result!.Hits, hit => hit.ParagraphId == "reuters-first-1");
        Assert.Equal($"{First} ¶1", hit.Citation);
        Assert.Contains(hit.Counterparts, counterpart => counterpart.Citation == $"{Second} ¶2");
    }

    [Fact]
    public async Task OriginalLinks_NameTheirAccountsApart_ForAScreenReader()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}");

        var labels = page.QuerySelectorAll(".source-card").Select(card => Text(card.QuerySelector(".source-url .visually-hidden") ?? card)).ToList();
        Assert.Contains($"of the {First} account", labels);
        Assert.Contains($"of the {Second} account", labels);
    }

    private sealed record ApiResult(IReadOnlyList<ApiHit> Hits);

    private sealed record ApiHit(string ParagraphId, string Citation, IReadOnlyList<ApiCounterpart> Counterparts);

    private sealed record ApiCounterpart(string ParagraphId, string Citation);
}
