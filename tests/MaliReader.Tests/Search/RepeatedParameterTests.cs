using System.Net;
using System.Text.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>A query given twice is refused the same way by the search page and the API, naming the parameter.</summary>
public sealed class RepeatedParameterTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    [Theory]
    [InlineData("q=coup&q=Timbuktu", "q")]
    [InlineData("q=coup&q=coup", "q")]
    [InlineData("q=&q=coup", "q")]
    [InlineData("q=coup&limit=5&limit=6", "limit")]
    public async Task Api_RepeatedParameter_Is400ProblemNamingIt(string query, string parameter)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/api/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains($"“{parameter}”", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=coup&q=Timbuktu")]
    [InlineData("q=coup&q=coup")]
    [InlineData("q=&q=coup")]
    public async Task Page_RepeatedQuery_Is400WithAMessageNamingTheParameter_AndNoHits(string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/search?{query}");
        var page = await MaliReaderApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“q”", page.QuerySelector(".search-message[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".search-hit"));
    }

    [Theory]
    [InlineData("/search?q=coup")]
    [InlineData("/api/search?q=coup")]
    [InlineData("/api/search?q=coup&limit=5")]
    public async Task OneValueEach_IsSearched(string url)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("coup", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
