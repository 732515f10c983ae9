using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Pages;

public sealed class ReadingRoomTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    /// <summary>Fragments of the seeds' boilerplate; none may appear outside the "what was removed" list.</summary>
    public static TheoryData<string> Boilerplate => new()
    {
        "Posted on", "READ MORE", "France ends military mission in former colony", "You can share this story",
        "Smm Panel", "smm", "Instagram", "followers", "Verified badge", "(More details)", "More details",
    };

    [Fact]
    public async Task Home_ShowsBothArticlesSideBySideUnderTheirSourceLabels()
    {
        var page = await _app.GetDocumentAsync("/");

        var accounts = page.QuerySelectorAll("article.account");
        Assert.Equal(2, accounts.Length);
        Assert.Equal("RT", accounts[0].QuerySelector(".source-label")!.TextContent.Trim());
        Assert.Equal("Unattributed translation (cites Reuters)", accounts[1].QuerySelector(".source-label")!.TextContent.Trim());
        Assert.Equal("Mali seeks UN help to stop France abetting ‘terrorists’", accounts[0].QuerySelector("h2")!.TextContent);
        Assert.Contains("Reuters", accounts[1].QuerySelector(".source-note")!.TextContent);
    }

    [Fact]
    public async Task Home_ShowsEveryBodyParagraphOfBothSeedsInOrderWithStableIds()
    {
        var page = await _app.GetDocumentAsync("/");
        var articles = Support.Ingest.ReadFolder(TestContent.SeedPath);

        foreach (var article in articles)
        {
            var column = page.QuerySelector($"article[aria-labelledby='{article.Slug}-title']")!;
            var shown = column.QuerySelectorAll("p.paragraph");
            Assert.Equal(article.Paragraphs.Select(p => p.Id), shown.Select(p => p.Id));
            Assert.All(article.Paragraphs.Zip(shown), pair => Assert.Contains(pair.First.Text, pair.Second.TextContent));
        }
    }

    [Theory]
    [MemberData(nameof(Boilerplate))]
    public async Task Boilerplate_AppearsOnlyInTheRemovedList(string fragment)
    {
        var page = await _app.GetDocumentAsync("/");
        foreach (var removedList in page.QuerySelectorAll("details.removed").ToList())
        {
            removedList.Remove();
        }
        using var client = _app.CreateClient();

        Assert.DoesNotContain(fragment, page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        foreach (var slug in new[] { TestContent.RtSlug, TestContent.TranslationSlug })
        {
            var json = await client.GetStringAsync($"/api/articles/{slug}");
            var paragraphsJson = json[..json.IndexOf("\"removed\"", StringComparison.Ordinal)];
            Assert.DoesNotContain(fragment, paragraphsJson, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task RemovedList_NamesEachFragmentWithItsRule()
    {
        var page = await _app.GetDocumentAsync("/");

        var items = page.QuerySelectorAll($"article[aria-labelledby='{TestContent.RtSlug}-title'] details.removed li");
        Assert.Equal(["empty-dateline", "read-more-promotion", "share-prompt", "commercial-spam"],
            items.Select(item => item.QuerySelector(".rule")!.TextContent));
        Assert.Equal("READ MORE: France ends military mission in former colony", items[1].QuerySelector("q")!.TextContent);
    }

    [Fact]
    public async Task Home_IsAccessibleMarkup()
    {
        var page = await _app.GetDocumentAsync("/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main"));
        Assert.NotNull(page.QuerySelector("form[role=search] label[for=site-search]"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(2, page.QuerySelectorAll("article h2").Length);
    }

    [Fact]
    public async Task UnknownStory_Is404()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/?story=no-such-story");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownPage_Is404PageLinkingToTheReadingRoom()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/no/such/page");
        var page = await MaliReaderApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task UnknownArticle_IsProblemJson404()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/api/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheArticleApi()
    {
        using var client = _app.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/articles/{slug}", document);
    }
}

public sealed class ReadingRoomWithSeveralStoriesTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Home_ListsStoriesAndStoryParameterOpensOne()
    {
        _content.Write("other-a.md", TestContent.Article("Floods in Niamey", "Agency A", "niger-floods", "The river rose."));
        _content.Write("other-b.md", TestContent.Article("Niamey under water", "Agency B", "niger-floods", "Water rose in the capital."));
        using var app = new MaliReaderApp(_content);

        var home = await app.GetDocumentAsync("/");
        var links = home.QuerySelectorAll(".story-list a").Select(a => a.GetAttribute("href")).ToList();
        var story = await app.GetDocumentAsync("/?story=niger-floods");

        Assert.Equal(["/?story=mali-france-un-letter", "/?story=niger-floods"], links);
        Assert.Empty(home.QuerySelectorAll("article.account"));
        Assert.Equal(["Agency A", "Agency B"], story.QuerySelectorAll(".source-label").Select(label => label.TextContent));
    }

    [Fact]
    public async Task HostileContent_IsNeverLiveMarkup()
    {
        _content.Write("hostile.md", """
            ---
            title: "<script>alert('title')</script>"
            source: "<img src=x onerror=alert(1)>"
            note: "<iframe src=https://example.com></iframe>"
            story: hostile
            ---

            <script>alert('body')</script>

            Click [here](javascript:alert(2)) or <a href="javascript:alert(3)" onclick="alert(4)">there</a>.

            <iframe src="https://example.com"></iframe><div onmouseover="alert(5)">hover</div>
            """);
        using var app = new MaliReaderApp(_content);

        var page = await app.GetDocumentAsync("/?story=hostile");

        Assert.Empty(page.QuerySelectorAll("main script, main iframe, main img, main div[onmouseover], main [onclick], main [onerror]"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert('body')</script>", page.QuerySelector("main")!.TextContent);
    }
}
