using System.Net;
using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaliReader.Tests.Http;

/// <summary>Absolute links that leave the site (canonical, og:url) must not echo what a client sent.</summary>
public sealed class PublicAddressTests : IDisposable
{
    private const string Permalink = $"/p/{TestContent.RtSlug}-1";

    private readonly MaliReaderApp _app = new();

    public void Dispose() => _app.Dispose();

    private WebApplicationFactory<Program> With(params (string Key, string Value)[] settings) =>
        _app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static async Task<(int Status, string Body)> Get(WebApplicationFactory<Program> app, string host, Action<HttpContext>? more = null)
    {
        var context = await app.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = Permalink;
            context.Request.Host = new HostString(host);
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
            more?.Invoke(context);
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    private static (string Canonical, string OgUrl) Links(string body)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        return (page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "",
            page.QuerySelector("meta[property='og:url']")?.GetAttribute("content") ?? "");
    }

    [Fact]
    public async Task AForgedHost_IsRefusedByDefault()
    {
        var (status, _) = await Get(_app, "attacker.example");

        Assert.Equal(StatusCodes.Status400BadRequest, status);
    }

    [Fact]
    public async Task WithABaseUrl_LinksUseIt_WhateverTheHost()
    {
        var app = With(("AllowedHosts", "*"), ("Site:BaseUrl", "https://reader.example.org/mali/"));

        var (status, body) = await Get(app, "attacker.example");
        var (canonical, ogUrl) = Links(body);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.StartsWith("https://reader.example.org/mali/p/", canonical);
        Assert.Equal(canonical, ogUrl);
        Assert.DoesNotContain("attacker.example", body);
    }

    [Fact]
    public async Task WithoutABaseUrl_LinksUseTheAllowedHost()
    {
        var (status, body) = await Get(_app, "localhost");
        var (canonical, _) = Links(body);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.StartsWith("http://localhost/p/", canonical);
    }

    [Fact]
    public async Task ForwardedProto_IsBelievedOnlyFromAConfiguredProxy()
    {
        static void ClaimsHttps(HttpContext context) => context.Request.Headers["X-Forwarded-Proto"] = "https";

        var (_, plainBody) = await Get(_app, "localhost", ClaimsHttps);
        var (_, proxiedBody) = await Get(With(("ForwardedHeaders:KnownProxies:0", "127.0.0.1")), "localhost", ClaimsHttps);

        Assert.StartsWith("http://localhost/", (Links(plainBody)).Canonical);
        Assert.StartsWith("https://localhost/", (Links(proxiedBody)).Canonical);
    }

    /// <summary>An environment variable gives a list as one value; its proxies are trusted as numbered keys' are.</summary>
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.1, 127.0.0.1")]
    public async Task KnownProxies_GivenAsOneValue_AreBelieved(string listed)
    {
        static void ClaimsHttps(HttpContext context) => context.Request.Headers["X-Forwarded-Proto"] = "https";

        var (_, body) = await Get(With(("ForwardedHeaders:KnownProxies", listed)), "localhost", ClaimsHttps);

        Assert.StartsWith("https://localhost/", Links(body).Canonical);
    }
}
