using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

public sealed class SearchPageTests : IClassFixture<SearchPageTests.App>
{
    public sealed class App : IDisposable
    {
        public App()
        {
            Factory = new MaliReaderApp(Content);
            // An article whose text holds markup, to prove it is never rendered live.
            Content.Write("markup.md", TestContent.Article("Markup in text", "Test source", "markup-story",
                "The page printed <script>alert(1)</script> beside the word zanzibar.",
                "A second paragraph about zanzibar & <b>bold</b> claims."));
        }

        public TestContent Content { get; } = new();

        public MaliReaderApp Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Content.Dispose();
        }
    }

    private const string Rt = TestContent.RtSlug;
    private const string Tr = TestContent.TranslationSlug;

    private readonly MaliReaderApp _app;

    public SearchPageTests(App app) => _app = app.Factory;

    [Theory]
    [InlineData("Mali", "Search: Mali · MaliReader")]
    [InlineData("security council letter about the airspace violations and the helicopter flights over Timbuktu in August",
        "Search: security council letter about the airspace violations and th… · MaliReader")]
    [InlineData("👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽", "Search: 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽… · MaliReader")]
    public async Task Search_TitleShowsAtMostSixtyCharactersOfTheQuery_CutAtAWholeCharacter(string query, string title)
    {
        var document = await _app.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(title, document.Title);
    }

    [Fact]
    public async Task Search_GroupsHitsByArticleUnderTheSourceLabel()
    {
        var page = await _app.GetDocumentAsync("/search?q=coup");

        var groups = page.QuerySelectorAll(".search-group");
        // RT writes "coup", the translation "Coups": the exact form ranks first.
        Assert.Equal(["RT", "Unattributed translation (cites Reuters)"], groups.Select(g => g.QuerySelector(".source-label")!.TextContent.Trim()));
        Assert.Equal([$"{Rt}-7", $"{Tr}-10"], page.QuerySelectorAll(".search-hit").Select(hit => hit.GetAttribute("data-paragraph-id")!));
        Assert.Equal("2 paragraphs match.",
            page.QuerySelector(".search-summary")!.TextContent.Trim());
        Assert.Equal("Mali seeks UN help to stop France abetting ‘terrorists’", groups[0].QuerySelector("h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task Search_SnippetMarksTheMatchedWordsAndLinksToTheParagraph()
    {
        var page = await _app.GetDocumentAsync("/search?q=coup");

        var hit = page.QuerySelector($".search-hit[data-paragraph-id='{Tr}-10']")!;
        Assert.Equal("Coups", hit.QuerySelector(".search-snippet mark")!.TextContent);
        var link = (IHtmlAnchorElement)hit.QuerySelector("a.search-hit-link")!;
        Assert.Equal($"/?story={TestContent.Story}&q=coup#{Tr}-10", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_SeveralWords_SaysHowManyHoldEveryWordAndShowsTheRestBelowADivider()
    {
        var page = await _app.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("Diop Timbuktu"));

        Assert.Equal("1 paragraph holds every word.", page.QuerySelector(".search-summary")!.TextContent.Trim());
        Assert.Equal([$"{Rt}-4"], page.QuerySelectorAll(".search-every-word .search-hit").Select(hit => hit.GetAttribute("data-paragraph-id")!));
        Assert.NotNull(page.QuerySelector(".search-every-word + hr.search-divider"));
        var partial = page.QuerySelectorAll(".search-some-words .search-hit").Select(hit => hit.GetAttribute("data-paragraph-id")!).ToList();
        Assert.Equal(new[] { $"{Rt}-3", $"{Rt}-5", $"{Tr}-4", $"{Tr}-7" }, partial.Order(StringComparer.Ordinal));
        Assert.All(page.QuerySelectorAll(".search-some-words mark"), mark => Assert.Equal("Diop", mark.TextContent));
    }

    [Fact]
    public async Task Search_PhraseAndWord_ShowsParagraphsWithThePhraseButNotTheWordBelowTheDivider()
    {
        var page = await _app.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("\"security council\" Diop"));

        Assert.Equal("3 paragraphs hold every word.", page.QuerySelector(".search-summary")!.TextContent.Trim());
        Assert.Equal(new[] { $"{Rt}-5", $"{Tr}-4", $"{Tr}-7" },
            page.QuerySelectorAll(".search-every-word .search-hit").Select(hit => hit.GetAttribute("data-paragraph-id")!).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { $"{Rt}-2", $"{Tr}-1" },
            page.QuerySelectorAll(".search-some-words .search-hit").Select(hit => hit.GetAttribute("data-paragraph-id")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_NoResults_ShowsTheSuggestionAsALinkToItsSearch()
    {
        var page = await _app.GetDocumentAsync("/search?q=Timbuktoo");

        Assert.Empty(page.QuerySelectorAll(".search-hit"));
        Assert.Contains("Timbuktoo", page.QuerySelector(".search-empty")!.TextContent, StringComparison.Ordinal);
        var link = page.QuerySelector(".search-suggestion a")!;
        Assert.Equal("Timbuktu", link.TextContent);
        Assert.Equal("/search?q=Timbuktu", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_PutsTheQueryBackInTheSearchBox_AndShowsTheHelpLineOnce()
    {
        var page = await _app.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("\"security council\" -Diop"));

        Assert.Equal("\"security council\" -Diop", ((IHtmlInputElement)page.QuerySelector("#site-search")!).Value);
        var help = page.QuerySelector("#search-help")!.TextContent;
        Assert.Contains("\"exact phrase\"", help, StringComparison.Ordinal);
        Assert.Contains("-word", help, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("main p, header p"), p => p.TextContent.Contains("-word", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_WithoutAQuery_InvitesASearch()
    {
        var page = await _app.GetDocumentAsync("/search");

        Assert.Equal("Search the articles", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".search-empty"));
        Assert.Empty(page.QuerySelectorAll(".search-hit"));
    }

    [Fact]
    public async Task Search_ExclusionOnly_ExplainsOnThePage()
    {
        var page = await _app.GetDocumentAsync("/search?q=-France");

        Assert.Contains("Add a word", page.QuerySelector(".search-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TooLong_ExplainsTheLimit()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/search?q={new string('x', 10_000)}");
        var page = await MaliReaderApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at most 500 characters", page.QuerySelector(".search-message")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("𠮷", 500, false)] // 1,000 UTF-16 units, 500 characters
    [InlineData("𠮷", 501, true)]
    [InlineData("x", 501, true)]
    public async Task Search_Length_IsCountedInCharactersAsAReaderCountsThem(string character, int count, bool refused)
    {
        using var client = _app.CreateClient();
        var page = await MaliReaderApp.ParseAsync(await client.GetAsync($"/search?q={Uri.EscapeDataString(string.Concat(Enumerable.Repeat(character, count)))}"));

        var message = page.QuerySelector(".search-message")?.TextContent ?? "";
        Assert.Equal(refused, message.Contains("at most 500 characters", StringComparison.Ordinal));
        if (refused)
        {
            Assert.Contains($"this one has {count}.", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_MarkupInContent_IsShownAsTextNeverRun()
    {
        var page = await _app.GetDocumentAsync("/search?q=zanzibar");

        var snippets = page.QuerySelectorAll(".search-snippet");
        Assert.Equal(2, snippets.Length);
        Assert.Contains("<script>alert(1)</script>", snippets.Select(s => s.TextContent).First(t => t.Contains("printed", StringComparison.Ordinal)), StringComparison.Ordinal);
        AssertNoLiveMarkup(page);
        Assert.All(snippets, s => Assert.Equal(["MARK"], s.Children.Select(child => child.TagName).Distinct()));
    }

    [Fact]
    public async Task Search_MarkupInQuery_IsEchoedAsTextNeverRun()
    {
        var page = await _app.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> zanzibar <img src=x onerror=alert(2)>"));

        AssertNoLiveMarkup(page);
        Assert.Contains("<script>alert(1)</script>", ((IHtmlInputElement)page.QuerySelector("#site-search")!).Value, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".search-hit"));
    }

    public static TheoryData<string> Hostile => HostileInput.All;

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Search_HostileInput_Is200AndNeverLiveMarkup(string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoLiveMarkup(await MaliReaderApp.ParseAsync(response));
    }

    [Fact]
    public async Task ReadingRoom_ArrivingFromAResult_MarksTheMatchedWordsInThatStory()
    {
        var page = await _app.GetDocumentAsync($"/?story={TestContent.Story}&q=coup");

        var marks = page.QuerySelectorAll("p.paragraph mark");
        Assert.Equal(new[] { ($"{Rt}-7", "coup"), ($"{Tr}-10", "Coups") },
            marks.Select(mark => (mark.Closest("p.paragraph")!.Id!, mark.TextContent)));
        Assert.NotNull(page.QuerySelector($"#{Tr}-10 a.paragraph-link"));
        Assert.Equal("coup", ((IHtmlInputElement)page.QuerySelector("#site-search")!).Value);
    }

    [Fact]
    public async Task ReadingRoom_WithoutAQuery_MarksNothing()
    {
        var page = await _app.GetDocumentAsync($"/?story={TestContent.Story}");

        Assert.Empty(page.QuerySelectorAll("mark"));
        Assert.Equal(17, page.QuerySelectorAll("p.paragraph").Length);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"")]
    [InlineData("-France")]
    public async Task ReadingRoom_WithHostileQuery_StillRendersTheStory(string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/?story={TestContent.Story}&q={Uri.EscapeDataString(query)}");
        var page = await MaliReaderApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(17, page.QuerySelectorAll("p.paragraph").Length);
        AssertNoLiveMarkup(page);
    }

    /// <summary>The only script is the site's own, and no element carries an event handler.</summary>
    private static void AssertNoLiveMarkup(IDocument page)
    {
        Assert.All(page.QuerySelectorAll("script"), script => Assert.StartsWith("/js/site", script.GetAttribute("src") ?? "", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("img, b, iframe"));
        Assert.DoesNotContain(page.All, element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)));
    }
}
