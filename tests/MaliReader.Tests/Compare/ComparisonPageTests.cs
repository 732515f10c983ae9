using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Compare;

/// <summary>The comparison as readers get it: the aligned view, the differences panel, the overview strip and /api/compare.</summary>
public sealed partial class ComparisonPageTests(ComparisonApp app) : IClassFixture<ComparisonApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    private static readonly string SeedStory = $"/?story={TestContent.Story}";
    private static readonly string Harbour = $"/?story={ComparisonContent.HarbourStory}";

    private static string Rt(int n) => Paragraph.MakeId(TestContent.RtSlug, n);

    private static string Translation(int n) => Paragraph.MakeId(TestContent.TranslationSlug, n);

    private static IElement RowOf(IHtmlDocument page, string paragraphId) =>
        page.QuerySelector($"[id='{paragraphId}']")!.Closest(".aligned-row")!;

    private static IEnumerable<string> ParagraphIds(IElement element) =>
        element.QuerySelectorAll("p.paragraph").Select(p => p.Id!);

    [Fact]
    public async Task AlignedView_PutsTheAirspaceParagraphInOneRowWithItsTranslation_NotBesideTheTranslationsThird()
    {
        var page = await _app.GetDocumentAsync($"{SeedStory}&view=aligned");

        var row = RowOf(page, Rt(3));
        Assert.Contains(Translation(4), ParagraphIds(row));
        Assert.DoesNotContain(Translation(3), ParagraphIds(row));
        // Its cells follow the accounts' order: RT's paragraphs left, the translation's right.
        var cells = row.QuerySelectorAll(".aligned-cell");
        Assert.Equal([TestContent.RtSlug, TestContent.TranslationSlug], cells.Select(c => c.GetAttribute("data-account")));
        Assert.Contains(Rt(3), ParagraphIds(cells[0]));
        Assert.Contains(Translation(4), ParagraphIds(cells[1]));
    }

    [Fact]
    public async Task AlignedView_ShowsEveryParagraphOnce_AndAParagraphNoOtherAccountReportsInARowOfItsOwn()
    {
        var page = await _app.GetDocumentAsync($"{Harbour}&view=aligned");

        var shown = page.QuerySelectorAll(".aligned-row p.paragraph").Select(p => p.Id).ToList();
        Assert.Equal(9, shown.Count);
        Assert.Equal(shown.Count, shown.Distinct().Count());

        var strike = RowOf(page, "harbour-daily-5");
        Assert.Equal(["harbour-daily-5"], ParagraphIds(strike));
        Assert.Equal("Only in Harbour Daily", strike.QuerySelector(".counterparts[data-for='harbour-daily-5']")!.TextContent.Trim());
        Assert.Equal(["Not in Harbour Radio", "Not in Harbour Wire"],
            strike.QuerySelectorAll(".cell-empty").Select(cell => cell.TextContent.Trim()));
    }

    [Fact]
    public async Task AlignedView_ASplitParagraphSitsInTheRowOfTheWholeOne_WithThreeAccountsSideBySide()
    {
        var page = await _app.GetDocumentAsync($"{Harbour}&view=aligned");

        var warehouse = RowOf(page, "harbour-wire-2");
        // Accounts stand in file-name order: daily, radio, wire.
        Assert.Equal(["harbour-daily-3", "harbour-daily-4", "harbour-wire-2"], ParagraphIds(warehouse));
        Assert.Equal(3, warehouse.QuerySelectorAll(".aligned-cell").Length);
        Assert.Equal(3, page.QuerySelectorAll(".aligned-head .source-card").Length);
    }

    [Fact]
    public async Task EachParagraph_LinksToItsCounterparts_OnTheSamePage()
    {
        foreach (var view in new[] { "", "&view=aligned" })
        {
            var page = await _app.GetDocumentAsync(SeedStory + view);

            var links = page.QuerySelectorAll($".counterparts[data-for='{Rt(3)}'] a.counterpart-link").Cast<IHtmlAnchorElement>().ToList();
            Assert.Equal($"#{Translation(4)}", links[0].GetAttribute("href"));
            Assert.Contains("Unattributed translation ¶4", links[0].TextContent);
            Assert.Contains(Translation(4), page.QuerySelector($"[id='{Rt(3)}']")!.GetAttribute("data-counterparts")!.Split(' '));
            foreach (var link in page.QuerySelectorAll("a.counterpart-link"))
            {
                Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
            }
        }
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("&view=aligned", true)]
    [InlineData("&view=ALIGNED", true)]
    [InlineData("&view=%3Cscript%3E", false)]
    public async Task ViewSwitch_WorksByLinks_AndMarksTheCurrentView(string view, bool aligned)
    {
        var page = await _app.GetDocumentAsync(SeedStory + view);

        var links = page.QuerySelectorAll(".view-switch a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(["As published", "Aligned"], links.Select(link => link.TextContent.Trim()));
        Assert.Equal(aligned ? "Aligned" : "As published", page.QuerySelector(".view-switch a[aria-current='page']")!.TextContent.Trim());
        Assert.Contains("view=aligned", links[1].GetAttribute("href"));
        Assert.Contains($"story={TestContent.Story}", links[1].GetAttribute("href"));
        Assert.DoesNotContain("view=", links[0].GetAttribute("href"));
        Assert.Equal(aligned, page.QuerySelector(".aligned") is not null);
        Assert.Equal(!aligned, page.QuerySelector(".accounts") is not null);
    }

    [Fact]
    public async Task DifferencesPanel_ListsTheNameSpelledTwoWays_WithOnlyTheDifferingWords_LinkingToItsRow()
    {
        var page = await _app.GetDocumentAsync($"{SeedStory}&view=aligned");

        var name = page.QuerySelectorAll(".difference-name")
            .Single(item => item.TextContent.Contains("Abdoulaye"));
        Assert.Equal(["Abdoulaye", "Abdallah"], name.QuerySelectorAll("q").Select(q => q.TextContent));
        Assert.Equal($"#{RowOf(page, Rt(3)).Id}", name.QuerySelector("a.difference-link")!.GetAttribute("href"));

        Assert.Contains(page.QuerySelectorAll(".difference-term q").Select(q => q.TextContent), words => words == "coast");
        Assert.Contains(page.QuerySelectorAll(".difference-claim q").Select(q => q.TextContent), words => words.Contains("Timbuktu"));
    }

    [Fact]
    public async Task DifferencesPanel_TypesTheMadeUpStorysChangedNameAndNumbers_AndItsOneAccountClaim()
    {
        var page = await _app.GetDocumentAsync($"{Harbour}&view=aligned");

        var quoted = page.QuerySelectorAll(".difference").Select(item =>
            (Kind: item.QuerySelector(".difference-kind")!.TextContent, Words: string.Join(" / ", item.QuerySelectorAll("q").Select(q => q.TextContent)))).ToList();
        Assert.Contains(("name", "Brandvoll / Brandvold"), quoted);
        Assert.Contains(("number", "11 / 9"), quoted);
        Assert.Contains(("number", "6,000 / 4,000"), quoted);
        Assert.Contains(quoted, item => item.Kind == "claim" && item.Words.Contains("strike"));
        Assert.DoesNotContain(quoted, item => item.Kind != "claim" && item.Words.Contains("1987"));
    }

    [Fact]
    public async Task OverviewStrip_HasAMarkForEachPairAndEachLoneParagraph_EachLeadingToItsRow()
    {
        var page = await _app.GetDocumentAsync($"{SeedStory}&view=aligned");
        using var client = _app.CreateClient();
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/compare?story={TestContent.Story}");

        var marks = page.QuerySelectorAll(".overview-strip a.overview-segment");
        Assert.Equal(api.GetProperty("pairs").GetArrayLength() + api.GetProperty("unmatched").GetArrayLength(), marks.Length);
        foreach (var mark in marks)
        {
            var row = page.GetElementById(mark.GetAttribute("href")![1..]);
            Assert.NotNull(row);
            Assert.Contains("aligned-row", row.ClassList);
            Assert.False(string.IsNullOrWhiteSpace(mark.TextContent), "each mark says in words which pair it stands for");
        }
    }

    [Fact]
    public async Task StoryPage_IsHeadedByItsStoryFile_AndShowsEachAccountsDateAndOriginal()
    {
        var seed = await _app.GetDocumentAsync(SeedStory);
        Assert.Equal(ComparisonContent.StoryTitle, seed.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(ComparisonContent.StoryDate, seed.QuerySelector(".story-meta")!.TextContent);
        Assert.StartsWith(ComparisonContent.StoryTitle, seed.Title);

        var harbour = await _app.GetDocumentAsync(Harbour);
        var wire = harbour.QuerySelector("article.account[data-account='harbour-wire']")!;
        Assert.Contains($"Published {ComparisonContent.WireDate}", wire.QuerySelector(".source-meta")!.TextContent);
        Assert.Equal(ComparisonContent.WireUrl, wire.QuerySelector("a.source-url")!.GetAttribute("href"));
        Assert.Null(harbour.QuerySelector("article.account[data-account='harbour-daily'] .source-meta"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&view=aligned")]
    public async Task NoTextOutsideTheArticles_CountsTheAccounts(string view)
    {
        var page = await _app.GetDocumentAsync(Harbour + view);
        foreach (var paragraph in page.QuerySelectorAll("p.paragraph, .source-card, .difference q").ToList())
        {
            paragraph.Remove();
        }

        Assert.DoesNotMatch(BothOrTwo(), page.Body!.TextContent);
        Assert.DoesNotMatch(BothOrTwo(), page.QuerySelector("meta[name='description']")!.GetAttribute("content")!);
    }

    [GeneratedRegex(@"\b(both|two)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothOrTwo();

    [Fact]
    public async Task ParagraphPage_QuotesTheCounterpartsInTheOtherAccounts()
    {
        var page = await _app.GetDocumentAsync($"/p/{Rt(3)}");
        var translation = Support.Ingest.ReadFolder(TestContent.SeedPath).Single(a => a.Slug == TestContent.TranslationSlug);

        var section = page.QuerySelector(".permalink-counterparts")!;
        var quotes = section.QuerySelectorAll("blockquote").Select(q => q.TextContent.Trim()).ToList();
        Assert.Equal(translation.Paragraphs[3].Text, quotes[0]);
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/p/{TestContent.TranslationSlug}/{translation.Paragraphs[3].Fingerprint}");
    }

    [Fact]
    public async Task ParagraphPage_OfAParagraphNoOtherAccountReports_SaysSo()
    {
        var page = await _app.GetDocumentAsync("/p/harbour-daily-5");

        Assert.Contains("No other account of this story reports this paragraph", page.QuerySelector(".permalink-counterparts")!.TextContent);
    }

    [Fact]
    public async Task Api_ReturnsTheComparisonShape_WithParagraphIdsAndTypedDifferences()
    {
        using var client = _app.CreateClient();
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/compare?story={ComparisonContent.HarbourStory}");

        Assert.Equal(ComparisonContent.HarbourStory, json.GetProperty("story").GetString());
        Assert.Equal(["harbour-daily", "harbour-radio", "harbour-wire"], json.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
        var pairs = json.GetProperty("pairs").EnumerateArray().ToList();
        Assert.Contains(pairs, p => p.GetProperty("left").GetString() == "harbour-daily-2" && p.GetProperty("right").GetString() == "harbour-wire-1");
        Assert.Contains(pairs, p => p.GetProperty("left").GetString() == "harbour-radio-1" && p.GetProperty("right").GetString() == "harbour-wire-1");
        Assert.All(pairs, p => Assert.InRange(p.GetProperty("score").GetDouble(), 0, 1));
        var kinds = pairs.SelectMany(p => p.GetProperty("differences").EnumerateArray()).Select(d => d.GetProperty("kind").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "name", "number", "term", "claim" }, kinds);
        Assert.Contains("harbour-daily-5", json.GetProperty("unmatched").EnumerateArray().Select(u => u.GetString()));

        // Every paragraph of the story is either in a pair or unmatched, never both.
        var paired = pairs.SelectMany(p => new[] { p.GetProperty("left").GetString(), p.GetProperty("right").GetString() }).ToHashSet();
        var unmatched = json.GetProperty("unmatched").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Empty(paired.Intersect(unmatched));
        Assert.Equal(9, paired.Count + unmatched.Count);
    }

    [Theory]
    [InlineData("no-such-story")]
    [InlineData("")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%00%FF")]
    public async Task Api_UnknownStory_Is404ProblemJson(string story)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/api/compare?story={story}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_WithoutAStory_Is404ProblemJson()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/api/compare");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SearchHit_ShowsHowTheOtherAccountsPutIt()
    {
        // Only the wire spells the harbour master "Brandvold": the hit shows the daily's paragraph,
        // with its own spelling, under it.
        var page = await _app.GetDocumentAsync("/search?q=Brandvold");

        var hit = page.QuerySelector("[data-paragraph-id='harbour-wire-1']")!;
        var counterparts = hit.QuerySelectorAll(".search-counterpart").ToList();
        var daily = Assert.Single(counterparts, c => c.QuerySelector("footer")!.TextContent.Contains("Harbour Daily ¶2", StringComparison.Ordinal));
        Assert.Contains("Brandvoll", daily.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/p/harbour-daily/", daily.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchHit_ThatNoOtherAccountReports_ShowsNoCounterpart()
    {
        var page = await _app.GetDocumentAsync("/search?q=strike");

        var hit = page.QuerySelector("[data-paragraph-id='harbour-daily-5']")!;
        Assert.Empty(hit.QuerySelectorAll(".search-counterpart"));
    }
}
