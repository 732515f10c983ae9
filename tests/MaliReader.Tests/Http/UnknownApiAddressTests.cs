using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Http;

/// <summary>
/// A client of the JSON API that mistypes an address under /api reads problem+json, as it does for an unknown slug or a
/// wrong method there, not the site's HTML page for "not found" (which it got before).
/// </summary>
public sealed class UnknownApiAddressTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    [Theory]
    [InlineData("/api")]
    [InlineData("/api/")]
    [InlineData("/api/article")]
    [InlineData("/api/articles/mali-france-rt/paragraphs")]
    [InlineData("/api/search/mali")]
    [InlineData("/api/compare/mali-france-un-letter")]
    [InlineData("/openapi/v2.json")]
    [InlineData("/openapi/")]
    public async Task AMistypedApiAddress_AnswersNotFoundAsProblemJson_NotAnHtmlPage(string url)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMistypedApiAddress_AnswersLikeTheWrongMethodThere_InJson()
    {
        // The same address already answers a POST with problem+json (405); its GET should not switch to HTML.
        using var client = _app.CreateClient();
        using var post = await client.PostAsync("/api/nothing", content: null);
        using var get = await client.GetAsync("/api/nothing");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
    }
}
