using System.Net;
using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaliReader.Tests.Http;

public sealed class SearchRateLimitTests : IDisposable
{
    private readonly MaliReaderApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>The app with the limit on at its default budget; the window is long so a slow machine cannot reset it mid-test.</summary>
    private WebApplicationFactory<Program> Limited(params (string Key, string Value)[] settings) =>
        _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimiting:Enabled", "true");
            builder.UseSetting("RateLimiting:WindowSeconds", "3600");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static Task<HttpContext> Get(WebApplicationFactory<Program> app, string pathAndQuery, string clientAddress) =>
        app.Server.SendAsync(context =>
        {
            var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
            context.Request.Method = "GET";
            context.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
            context.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
            context.Connection.RemoteIpAddress = IPAddress.Parse(clientAddress);
        });

    /// <summary>Spends the whole default budget of <paramref name="client"/>, alternating page and API: both share it.</summary>
    private static async Task SpendTheBudget(WebApplicationFactory<Program> app, string client)
    {
        for (var i = 0; i < 60; i++)
        {
            var allowed = await Get(app, i % 2 == 0 ? $"/search?q=mali{i}" : $"/api/search?q=mali{i}", client);
            Assert.Equal(StatusCodes.Status200OK, allowed.Response.StatusCode);
        }
    }

    private static int RetryAfter(HttpContext refused) =>
        int.Parse(refused.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AFlood_OfApiSearches_IsAnsweredWith429ProblemAndRetryAfter_OncePastSixty()
    {
        var app = Limited();
        await SpendTheBudget(app, "203.0.113.7");

        var refused = await Get(app, "/api/search?q=france", "203.0.113.7");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.StartsWith("application/problem+json", refused.Response.ContentType);
        var wait = RetryAfter(refused);
        Assert.InRange(wait, 1, 3600);
        using var problem = await JsonDocument.ParseAsync(refused.Response.Body);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains($"{wait} seconds", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AFlood_OfSearchPages_GetsThe429PageInTheSiteLayout_WithRetryAfter()
    {
        var app = Limited();
        await SpendTheBudget(app, "203.0.113.7");

        var refused = await Get(app, "/search?q=france", "203.0.113.7");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.StartsWith("text/html", refused.Response.ContentType);
        Assert.Equal("no-store", refused.Response.Headers.CacheControl.ToString());
        var wait = RetryAfter(refused);
        Assert.InRange(wait, 1, 3600);
        using var reader = new StreamReader(refused.Response.Body);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await reader.ReadToEndAsync());
        Assert.Equal("Too many searches", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains($"Try again in {wait} seconds", page.QuerySelector("main")?.TextContent);
        // The layout, search box included, so the reader can search again from here once the wait is over.
        Assert.NotNull(page.QuerySelector("header form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task OneClientsFlood_LeavesOtherClientsAndOtherPagesAlone()
    {
        var app = Limited(("RateLimiting:PermitLimit", "3"));
        for (var i = 0; i < 3; i++)
        {
            await Get(app, "/api/search?q=mali", "203.0.113.7");
        }
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await Get(app, "/api/search?q=mali", "203.0.113.7")).Response.StatusCode);

        Assert.Equal(StatusCodes.Status200OK, (await Get(app, "/api/search?q=mali", "203.0.113.8")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await Get(app, "/api/search?q=mali", "2001:db8:1::1")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await Get(app, "/", "203.0.113.7")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await Get(app, "/api/articles", "203.0.113.7")).Response.StatusCode);
    }

    [Fact]
    public async Task WhenDisabled_EverySearchIsAnswered()
    {
        var app = Limited(("RateLimiting:Enabled", "false"), ("RateLimiting:PermitLimit", "3"));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await Get(app, "/api/search?q=mali", "203.0.113.7")).Response.StatusCode);
        }
    }

    [Fact]
    public async Task ForwardedClientAddresses_CountOnlyFromAConfiguredProxy()
    {
        static Task<HttpContext> Forwarded(WebApplicationFactory<Program> app, string client) =>
            app.Server.SendAsync(context =>
            {
                context.Request.Method = "GET";
                context.Request.Path = "/api/search";
                context.Request.QueryString = new QueryString("?q=mali");
                context.Request.Headers["X-Forwarded-For"] = client;
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
            });

        var trusting = Limited(("RateLimiting:PermitLimit", "1"), ("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));
        Assert.Equal(StatusCodes.Status200OK, (await Forwarded(trusting, "198.51.100.1")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await Forwarded(trusting, "198.51.100.2")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await Forwarded(trusting, "198.51.100.2")).Response.StatusCode);

        // Without a configured proxy the header is the client's word, and a flood could not dodge the limit with it.
        var plain = Limited(("RateLimiting:PermitLimit", "1"));
        Assert.Equal(StatusCodes.Status200OK, (await Forwarded(plain, "198.51.100.1")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await Forwarded(plain, "198.51.100.2")).Response.StatusCode);
    }

    public static TheoryData<string?, string> ClientKeys => new()
    {
        { "203.0.113.7", "203.0.113.7" },
        { "::ffff:203.0.113.7", "203.0.113.7" },
        { "2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64" },
        { "2001:db8:1:2::1", "2001:db8:1:2::/64" },
        { "2001:db8:1:3::1", "2001:db8:1:3::/64" },
        { null, "unknown" },
    };

    [Theory]
    [MemberData(nameof(ClientKeys))]
    public void ClientKey_GroupsAnIPv6NetworkAsOneClient(string? address, string key) =>
        Assert.Equal(key, SearchRateLimiting.ClientKey(address is null ? null : IPAddress.Parse(address)));
}
