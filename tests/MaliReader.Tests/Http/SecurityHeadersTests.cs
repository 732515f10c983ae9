using System.Net;
using AngleSharp.Dom;
using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace MaliReader.Tests.Http;

public sealed class SecurityHeadersTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    /// <summary>Pages, API answers, errors and files: every kind of response the site gives.</summary>
    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/search?q=mali", HttpStatusCode.OK },
        { $"/p/{TestContent.RtSlug}-1", HttpStatusCode.OK },
        { "/api/articles", HttpStatusCode.OK },
        { "/api/search?q=mali", HttpStatusCode.OK },
        { "/api/search?q=mali&limit=many", HttpStatusCode.BadRequest },
        { "/api/articles/no-such-article", HttpStatusCode.NotFound },
        { "/no/such/page", HttpStatusCode.NotFound },
        { "/openapi/v1.json", HttpStatusCode.OK },
        { "/favicon.ico", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoServerHeader(string url, HttpStatusCode status)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
        // HSTS is for HTTPS only: over plain HTTP a browser ignores it.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task OverHttps_StrictTransportSecurityIsSent()
    {
        // Browsers never apply HSTS to localhost, and the library rightly does not send it there.
        using var client = _app.WithWebHostBuilder(builder => builder.UseSetting("AllowedHosts", "reader.example.org"))
            .CreateClient(new() { BaseAddress = new Uri("https://reader.example.org") });
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
    }

    public static TheoryData<string> Pages => new()
    {
        "/",
        "/?story=" + TestContent.Story,
        "/search?q=security+council",
        "/search?q=" + new string('x', 600),
        $"/p/{TestContent.RtSlug}-2",
        "/p/no-such-paragraph-1",
        "/no/such/page",
    };

    /// <summary>The policy forbids inline script and style, so a page that relied on them would break.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_HoldNoInlineScriptOrStyle(string url)
    {
        var page = await _app.GetDocumentAsync(url);

        Assert.NotNull(page.QuerySelector("main"));
        Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src"))));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All, element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:' i]"));
    }

    [Fact]
    public async Task Favicon_IsAnIcon()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/favicon.ico");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("icon", response.Content.Headers.ContentType?.MediaType);
        // An ICO file starts with reserved 0 and type 1.
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PagesAndApi_AreCompressed_WhenTheClientAccepts(string encoding)
    {
        using var client = _app.CreateClient();
        foreach (var url in new[] { "/", "/api/articles", "/api/search?q=mali" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task WithoutAcceptEncoding_ThePageIsPlain()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : "";
}
