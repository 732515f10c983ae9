using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Search;

/// <summary>Search over content other than the seed articles: many paragraphs, and content that changes.</summary>
public sealed class SearchContentTests
{
    [Fact]
    public async Task Search_Limit_DefaultsToTwentyAndIsCappedAtAHundred()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("many.md", TestContent.Article("Many paragraphs", "Test source", "many",
            [.. Enumerable.Range(1, 150).Select(n => $"Paragraph number {n} crosses the Sahara.")]));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var byDefault = await client.GetFromJsonAsync<SearchApiTests.ApiResult>("/api/search?q=sahara");
        var capped = await client.GetFromJsonAsync<SearchApiTests.ApiResult>("/api/search?q=sahara&limit=1000");

        Assert.Equal(20, byDefault!.Hits.Count);
        Assert.Equal(150, byDefault.Total);
        Assert.Equal(100, capped!.Hits.Count);

        var page = await app.GetDocumentAsync("/search?q=sahara");
        Assert.Equal(50, page.QuerySelectorAll(".search-hit").Length);
        Assert.Contains("best 50 of 150", page.QuerySelector(".search-more")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_AfterTheContentChanges_FindsTheNewTextAndNotTheOld()
    {
        using var content = new TestContent();
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();
        var before = await client.GetFromJsonAsync<SearchApiTests.ApiResult>("/api/search?q=Timbuktu");
        Assert.Single(before!.Hits);

        content.Write("mali-france-rt.md", content.Read("mali-france-rt.md").Replace("Timbuktu", "Gao", StringComparison.Ordinal));
        app.Services.GetRequiredService<ContentIngest>().Sync();

        var after = await client.GetFromJsonAsync<SearchApiTests.ApiResult>("/api/search?q=Timbuktu");
        var gao = await client.GetFromJsonAsync<SearchApiTests.ApiResult>("/api/search?q=Gao");
        Assert.Empty(after!.Hits);
        Assert.Equal($"{TestContent.RtSlug}-4", Assert.Single(gao!.Hits).ParagraphId);
    }

    [Fact]
    public async Task Search_LongQuestion_RareWordOutranksSeveralCommonOnes()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("common.md", TestContent.Article("Common words", "Source A", "common",
            [.. Enumerable.Range(1, 30).Select(n => $"Report {n}: the three countries named a new leader and used the old names.")]));
        content.Write("rare.md", TestContent.Article("Rare word", "Source B", "rare",
            "Maphilindo was proposed in Manila as a loose confederation."));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>(
            "/api/search?q=" + Uri.EscapeDataString("Maphilindo, a word formed from the names of three countries, used for a leader"));

        Assert.Equal("rare-1", result!.Hits[0].ParagraphId);
        Assert.Equal(result.Hits.OrderByDescending(hit => hit.Score).Select(hit => hit.ParagraphId), result.Hits.Select(hit => hit.ParagraphId));
    }
}
