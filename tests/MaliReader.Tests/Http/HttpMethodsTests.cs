using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Http;

public sealed class HttpMethodsTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    /// <summary>Every kind of GET the site answers: pages, each JSON route, the OpenAPI document, monitors, files, a not-found.</summary>
    public static TheoryData<string> Addresses => new()
    {
        "/",
        "/search?q=mali",
        $"/p/{TestContent.RtSlug}-1",
        "/api/articles",
        $"/api/articles/{TestContent.RtSlug}",
        "/api/search?q=mali",
        $"/api/compare?story={TestContent.Story}",
        "/openapi/v1.json",
        "/status",
        "/healthz",
        "/favicon.ico",
        "/api/articles/no-such-article",
        "/no/such/page",
    };

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        return await client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Head_IsAnsweredWhereverGetIs_WithTheSameHeadersAndNoBody(string url)
    {
        // Twice: the second HEAD may come from the output cache, and must still carry no body.
        using var get = await Send(HttpMethod.Get, url);
        foreach (var _ in new[] { "first", "again" })
        {
            using var head = await Send(HttpMethod.Head, url);

            Assert.Equal(get.StatusCode, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("OPTIONS", "/")]
    [InlineData("POST", "/")]
    [InlineData("POST", "/search?q=mali")]
    [InlineData("PUT", "/status")]
    [InlineData("DELETE", $"/p/{TestContent.RtSlug}-1")]
    [InlineData("PATCH", $"/p/{TestContent.RtSlug}-1")]
    [InlineData("PROPFIND", "/")]
    [InlineData("POST", "/healthz")]
    [InlineData("POST", "/favicon.ico")]
    [InlineData("TRACE", "/no/such/page")]
    public async Task AnyOtherMethodOnAPage_Gets405_OnTheSitesPage_NamingTheAllowedOnes(string method, string url)
    {
        using var response = await Send(new HttpMethod(method), url);
        var page = await MaliReaderApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        // The site's own page for the status, as a reader gets for any other error, not the API's problem+json.
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Method not allowed", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("GET and HEAD", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AFormPostedToAPage_Gets405_OnTheSitesPage()
    {
        using var client = _app.CreateClient();
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("q", "mali")]);

        using var response = await client.PostAsync("/search", form);
        var page = await MaliReaderApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("Method not allowed", page.QuerySelector("main h1")?.TextContent);
    }

    [Theory]
    [InlineData("TRACE", "/api/articles")]
    [InlineData("POST", "/api/search?q=mali")]
    [InlineData("PUT", "/api/articles")]
    [InlineData("DELETE", $"/api/articles/{TestContent.RtSlug}")]
    [InlineData("PATCH", $"/api/compare?story={TestContent.Story}")]
    [InlineData("POST", "/openapi/v1.json")]
    [InlineData("OPTIONS", "/api/no/such/route")]
    public async Task AnyOtherMethodOnTheApi_Gets405_AsProblemJson_NamingTheAllowedOnes(string method, string url)
    {
        using var response = await Send(new HttpMethod(method), url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GET, HEAD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }
}
