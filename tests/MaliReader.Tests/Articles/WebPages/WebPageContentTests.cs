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
}
