using System.Net;
using System.Text.Json;
using MaliReader.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Articles.WebPages;

public class WebPageContentTests
{
    [Fact]
    public async Task PageDroppedIntoAStoryFolder_IsReadSearchedAndLinked()
    {
        using var content = new TestContent();
        Directory.CreateDirectory(content.FilePath(TestContent.Story));
        var head = """<meta property="og:site_name" content="Sahel Daily"><link rel="canonical" href="https://news.example.org/harvest">""";
        content.Write($"{TestContent.Story}/Harvest-Report.html", TestPages.Page(head, outsideArticle: "<footer><p>Copyright Sahel Daily, all rights reserved.</p></footer>"));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        using var article = JsonDocument.Parse(await client.GetStringAsync("/api/articles/harvest-report"));
        var root = article.RootElement;
        Assert.Equal(TestPages.Title, root.GetProperty("title").GetString());
        Assert.Equal("Sahel Daily", root.GetProperty("source").GetString());
        Assert.Equal("https://news.example.org/harvest", root.GetProperty("url").GetString());
        Assert.Equal(TestContent.Story, root.GetProperty("story").GetString());
        Assert.Equal(TestPages.Paragraphs, root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()));

        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=irrigation%20canals"));
        var hit = search.RootElement.GetProperty("hits").EnumerateArray().First();
        Assert.Equal("harvest-report", hit.GetProperty("slug").GetString());

        using var paragraph = await client.GetAsync("/p/harvest-report-4");
        Assert.Equal(HttpStatusCode.OK, paragraph.StatusCode);
        Assert.Contains("irrigation canals", await paragraph.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var story = await app.GetDocumentAsync($"/?story={TestContent.Story}");
        var removed = story.QuerySelector("article[aria-labelledby='harvest-report-title'] details.removed")!;
        Assert.Contains("all rights reserved", removed.TextContent, StringComparison.Ordinal);
        removed.Remove();
        Assert.DoesNotContain("all rights reserved", story.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageWithoutAnArticle_IsReportedByName_AndTheOtherArticlesAreServed()
    {
        using var content = new TestContent();
        content.Write("login.htm", "<html><body><form><label>Sign in to continue</label><input name='u'></form></body></html>");
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var status = await client.GetStringAsync("/status");
        Assert.Contains("login.htm", status, StringComparison.Ordinal);
        Assert.Contains("no article found", status, StringComparison.Ordinal);
        using var rt = await client.GetAsync($"/api/articles/{TestContent.RtSlug}");
        Assert.Equal(HttpStatusCode.OK, rt.StatusCode);
    }

    [Fact]
    public async Task GarbageAndPagesWithoutAnArticle_AreNamedOnStatusAndInTheLog_WhileTheOthersAreServed()
    {
        using var content = new TestContent();
        var bad = new Dictionary<string, string>
        {
            ["garbage.html"] = "random bytes",
            ["picture.html"] = "a PNG image",
            ["front-page.html"] = "a home page",
            ["login.htm"] = "a login wall",
        };
        foreach (var (file, what) in bad)
        {
            File.WriteAllBytes(content.FilePath(file), BadPages.Bytes(what));
        }
        var reasons = bad.ToDictionary(pair => pair.Key, pair => ReasonFor(pair.Value));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var status = await app.GetDocumentAsync("/status");
        var rows = status.QuerySelectorAll(".status-errors tbody tr")
            .ToDictionary(row => row.QuerySelector("td code")!.TextContent, row => row.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(reasons.OrderBy(pair => pair.Key), rows.OrderBy(pair => pair.Key));
        foreach (var (file, reason) in reasons)
        {
            Assert.Contains(app.Logs.Entries, entry => entry.Contains($"{file} was not loaded: {reason}", StringComparison.Ordinal));
        }
        var seedArticles = Directory.GetFiles(TestContent.SeedPath, "*.md").Length;
        Assert.StartsWith($"{seedArticles} articles", status.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        using var rt = await client.GetAsync($"/api/articles/{TestContent.RtSlug}");
        Assert.Equal(HttpStatusCode.OK, rt.StatusCode);
    }

    private static string ReasonFor(string what)
    {
        var outcome = (string)BadPageTests.Rows.Single(row => (string)row[0] == what)[1];
        return outcome["refused: ".Length..];
    }

    [Fact]
    public void Sidecar_OverridesThePagesOwnMetadata_FieldByField()
    {
        var head = """<meta property="og:site_name" content="Sahel Daily"><link rel="canonical" href="https://news.example.org/harvest">""";
        var sidecar = "source: \"Sahel Daily (translated by a reader)\"\nstory: \"harvest-2024\"\npublished: \"2024-10-02\"\n"u8.ToArray();

        var article = MaliReader.Web.Articles.ArticleReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(head)), sidecar);

        Assert.Equal(TestPages.Title, article.Title);
        Assert.Equal("Sahel Daily (translated by a reader)", article.Source);
        Assert.Equal(("harvest-2024", "2024-10-02"), (article.Story, article.Published));
        Assert.Equal("https://news.example.org/harvest", article.Url);
    }

    [Theory]
    [InlineData("sourse: X\n", "its sidecar harvest.yml, line 1: unknown front matter field \"sourse\"")]
    [InlineData("url: javascript:alert(1)\n", "url must be an absolute http or https address")]
    public void BrokenSidecar_IsItsPagesError_NamingTheSidecar(string sidecar, string reason)
    {
        var error = Assert.Throws<MaliReader.Web.Articles.ContentFileException>(() =>
            MaliReader.Web.Articles.ArticleReader.Read("harvest.html", TestPages.Utf8(TestPages.Page()), System.Text.Encoding.UTF8.GetBytes(sidecar)));

        Assert.Equal("harvest.html", error.FileName);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingASidecar_RereadsItsPage_WhileServing()
    {
        using var content = new TestContent();
        content.Write("harvest.html", TestPages.Page());
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();
        var ingest = app.Services.GetRequiredService<MaliReader.Web.Ingest.ContentIngest>();

        content.Write("harvest.yml", "story: \"" + TestContent.Story + "\"\nsource: \"Sahel Daily\"\n");
        ingest.Sync();

        using var article = JsonDocument.Parse(await client.GetStringAsync("/api/articles/harvest"));
        Assert.Equal(TestContent.Story, article.RootElement.GetProperty("story").GetString());
        Assert.Equal("Sahel Daily", article.RootElement.GetProperty("source").GetString());
        Assert.Empty(ingest.Sync().Errors);
    }

    [Fact]
    public async Task WhatWasRemoved_ShowsWhatExtractionLeftOut_GroupedByReason_BesideTheCleanersRemovals()
    {
        using var content = new TestContent();
        var related = "<div class='related-stories'><ul><li><a href='/a'>Flooding closes the road to Gao for a week</a></li><li><a href='/b'>A new bridge opens over the river at Ségou</a></li></ul></div>";
        content.Write("harvest.html", TestPages.Page(insideArticle: related + "<p>Share this article with your friends</p>",
            outsideArticle: "<footer><p>Copyright The Daily Example, all rights reserved.</p></footer>"));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var page = await app.GetDocumentAsync("/?story=harvest");
        var removed = page.QuerySelector("article[aria-labelledby='harvest-title'] details.removed")!;
        var groups = removed.QuerySelectorAll("section.removed-group").ToList();
        Assert.Equal(["site-header", "headline", "related-links", "footer", "cleaner"], groups.Select(group => group.GetAttribute("data-rule")));
        var relatedGroup = groups[2];
        Assert.StartsWith("Related links", relatedGroup.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("links to other articles", relatedGroup.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Flooding closes the road to Gao for a week", "A new bridge opens over the river at Ségou"],
            relatedGroup.QuerySelectorAll("li q").Select(quote => quote.TextContent));
        Assert.Equal("share-prompt", groups[4].QuerySelector("li .rule")!.TextContent);
        removed.Remove();
        Assert.DoesNotContain("Flooding closes the road", page.QuerySelector("article[aria-labelledby='harvest-title']")!.TextContent, StringComparison.Ordinal);

        using var article = JsonDocument.Parse(await client.GetStringAsync("/api/articles/harvest"));
        var records = article.RootElement.GetProperty("removed").EnumerateArray()
            .Select(record => (record.GetProperty("text").GetString(), record.GetProperty("rule").GetString(), record.GetProperty("paragraph").GetInt32()))
            .ToList();
        Assert.Contains(("Flooding closes the road to Gao for a week", "related-links", 5), records);
        Assert.Contains(("Share this article with your friends", "share-prompt", 5), records);
        Assert.Contains(("Copyright The Daily Example, all rights reserved.", "footer", 5), records);
    }
}
