using System.Net;
using System.Text.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.ReadModel;

/// <summary>
/// Story keys are matched as slugs are: two authors who type the same key in different casing or Unicode
/// composition have written one story, named as its first account by file name spells it.
/// </summary>
public sealed class StoryKeyCasingTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    private MaliReaderApp TwoAccountsInTwoCasings()
    {
        _content.Write("flood-a.md", TestContent.Article("Floods hit Valencia", "Agency A", "Crue-Été",
            "Three people died on Tuesday when floods swept through Valencia, the regional government said."));
        _content.Write("flood-b.md", TestContent.Article("Valencia floods kill three", "Outlet B", "crue-e\u0301te\u0301",
            "Three people died on Tuesday as floods swept across Valencia, according to the regional government."));
        return new MaliReaderApp(_content);
    }

    [Theory]
    [InlineData("crue-%C3%A9t%C3%A9")]
    [InlineData("CRUE-%C3%89T%C3%89")]
    [InlineData("Crue-%C3%89t%C3%A9")]
    public async Task AccountsWhoseStoryKeysDifferOnlyInCase_AreComparedAsOneStory(string asked)
    {
        using var app = TwoAccountsInTwoCasings();
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/api/compare?story={asked}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Crue-Été", json.RootElement.GetProperty("story").GetString());
        Assert.Equal(["flood-a", "flood-b"],
            json.RootElement.GetProperty("accounts").EnumerateArray().Select(slug => slug.GetString()).Order());
        Assert.Single(json.RootElement.GetProperty("pairs").EnumerateArray());
    }

    [Fact]
    public async Task StoryList_ListsTheStoryOnce()
    {
        _content.Write("other.md", TestContent.Article("Drought", "Agency C", "drought", "The reservoirs fell to a third of their level."));
        using var app = TwoAccountsInTwoCasings();

        var page = await app.GetDocumentAsync("/");

        Assert.Equal(["Crue-Été", "drought"], page.QuerySelectorAll(".story-list a[href*='story=']")
            .Select(link => Uri.UnescapeDataString(link.GetAttribute("href")!.Split("story=")[1].Split('&')[0])).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StoryFile_InOtherCasing_TitlesTheStory_AndIsNoWarning()
    {
        _content.Write("CRUE-ÉTÉ.story.yml", "title: \"Deadly floods in Valencia\"\n");
        using var app = TwoAccountsInTwoCasings();

        var page = await app.GetDocumentAsync("/?story=Crue-%C3%89t%C3%A9");
        var status = await app.GetDocumentAsync("/status");

        Assert.Equal("Deadly floods in Valencia", page.QuerySelector(".story-title")!.TextContent.Trim());
        Assert.DoesNotContain("CRUE-ÉTÉ.story.yml", status.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoStoryFilesInOtherCasing_TheFirstKeyTitlesTheStory_AndTheOtherIsAWarning()
    {
        _content.Write("crue-été.story.yml", "title: \"Floods\"\n");
        _content.Write("CRUE-ÉTÉ.story.yml", "title: \"Deadly floods in Valencia\"\n");
        using var app = TwoAccountsInTwoCasings();

        var page = await app.GetDocumentAsync("/?story=Crue-%C3%89t%C3%A9");
        var status = await app.GetDocumentAsync("/status");

        Assert.Equal("Deadly floods in Valencia", page.QuerySelector(".story-title")!.TextContent.Trim());
        var warning = Assert.Single(status.QuerySelectorAll(".status-warnings tr"), item => item.TextContent.Contains("crue-été.story.yml", StringComparison.Ordinal));
        Assert.Contains("CRUE-ÉTÉ", warning.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchHits_LinkToTheStoryByItsName_AndGroupItsAccountsAsOne()
    {
        using var app = TwoAccountsInTwoCasings();
        using var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=valencia"));

        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, hit => Assert.Equal("Crue-Été", hit.GetProperty("story").GetString()));
        Assert.All(hits, hit => Assert.Contains("story=Crue-%C3%89t%C3%A9&", hit.GetProperty("url").GetString(), StringComparison.Ordinal));
    }
}
