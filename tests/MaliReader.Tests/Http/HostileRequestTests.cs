using System.Net;
using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace MaliReader.Tests.Http;

/// <summary>Requests an attacker or a broken client would send: each gets the status it deserves, never a 500.</summary>
public sealed class HostileRequestTests(SeedApp app) : IClassFixture<SeedApp>
{
    private static readonly string Long = new('a', 20_000);

    private readonly MaliReaderApp _app = app.Factory;

    public static TheoryData<string, HttpStatusCode> Addresses => new()
    {
        { "/" + Long, HttpStatusCode.NotFound },
        { "/p/" + Long, HttpStatusCode.NotFound },
        { $"/p/{TestContent.RtSlug}/" + Long, HttpStatusCode.NotFound },
        { "/api/articles/" + Long, HttpStatusCode.NotFound },
        { "/?story=" + Long, HttpStatusCode.NotFound },
        { "/api/compare?story=" + Long, HttpStatusCode.NotFound },
        { "/search?q=" + Long, HttpStatusCode.OK },
        { "/api/search?q=" + Long, HttpStatusCode.BadRequest },
        { "/%2e%2e/%2e%2e/etc/passwd", HttpStatusCode.NotFound },
        { "/..%2f..%2fappsettings.json", HttpStatusCode.NotFound },
        { "/p/a%2fb", HttpStatusCode.NotFound },
        { "/api/articles/a%2Fb", HttpStatusCode.NotFound },
        { "/p/%c0%af-1", HttpStatusCode.NotFound },
        { "/?story=%ff%fe", HttpStatusCode.NotFound },
        { "/search?q=%ff%fe%00", HttpStatusCode.OK },
        // A repeated query is refused, naming the parameter, by the page as by the API.
        { "/search?q=a&q=b&q[]=c", HttpStatusCode.BadRequest },
        { "/api/search?q=a&q=b", HttpStatusCode.BadRequest },
        { "/api/search?q=NEAR(a%20b)%20%7Bc%7D%20^d%20e:f", HttpStatusCode.OK },
        { "/api/search?q=mali&limit=99999999999999999999", HttpStatusCode.BadRequest },
        { "/?page=-1&view=%ff", HttpStatusCode.OK },
        { "/?page=-1&page=abc&view=%ff", HttpStatusCode.BadRequest },
        { "/openapi/v1.json?x=%ff", HttpStatusCode.OK },
        // The error pages answer only as error pages: a visit to their addresses finds nothing.
        { "/Error", HttpStatusCode.NotFound },
        { "/status-code/500", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task OddAddresses_GetAClearStatus_AndNeverA500(string url, HttpStatusCode status)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARangePastTheEndOfAFile_Gets416_NotANotFoundPage()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/favicon.ico");
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(1_000_000, null);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
    }

    [Fact]
    public async Task ARequestWithoutAHostName_IsRefused_RatherThanGivenLinksToNowhere()
    {
        var context = await _app.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = $"/p/{TestContent.RtSlug}-1";
            context.Request.Headers.Host = "";
        });

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    [Fact]
    public async Task IfNoneMatchAny_OnAnAddressWithNothing_IsStillNotFound()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
