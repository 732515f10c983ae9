using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>Every page and API parameter holds one value: one given twice is a 400 that names it, never a 404 or a guess.</summary>
public sealed class RepeatedParameterTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    [Theory]
    [InlineData("/?story=" + TestContent.Story + "&story=other", "story")]
    [InlineData("/?story=a&story=b", "story")]
    [InlineData("/?Story=a&story=" + TestContent.Story, "story")]
    [InlineData("/?story=" + TestContent.Story + "&view=aligned&view=published", "view")]
    [InlineData("/?q=mali&q=france", "q")]
    [InlineData("/?page=1&page=2", "page")]
    [InlineData("/search?q=a&q=b", "q")]
    public async Task Page_WithARepeatedParameter_Is400NamingIt(string url, string name)
    {
        using var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Contains($"“{name}”", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/compare?story=" + TestContent.Story + "&story=" + TestContent.Story, "story")]
    [InlineData("/api/compare?story=a&STORY=b", "story")]
    [InlineData("/api/search?q=mali&limit=1&limit=2", "limit")]
    public async Task Api_WithARepeatedParameter_Is400ProblemNamingIt(string url, string name)
    {
        using var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"“{name}”", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?story=" + TestContent.Story + "&view=aligned&q=mali")]
    [InlineData("/api/compare?story=" + TestContent.Story)]
    public async Task EachParameterOnce_IsAnswered(string url)
    {
        using var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
