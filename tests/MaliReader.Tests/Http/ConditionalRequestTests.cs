using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Http;

/// <summary>
/// A 304 is meant to be given only for the tag of the representation the request would get. Once a page was in the
/// output cache, that cache answered 304 on its own to If-Modified-Since (pages carry no Last-Modified, so the date
/// validates nothing) and to If-None-Match: *, with no ETag, no Vary and "Cache-Control: no-cache", which a cache
/// downstream then stores over the page's own headers.
/// </summary>
public sealed class ConditionalRequestTests(SeedApp seed) : IClassFixture<SeedApp>
{
    private static readonly string Page = $"/p/{TestContent.RtSlug}-2";

    private async Task<HttpResponseMessage> Get(string header, string value, string? acceptEncoding = "br")
    {
        using var client = seed.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.TryAddWithoutValidation(header, value);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }
        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> Fresh()
    {
        using var client = seed.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.AcceptEncoding.ParseAdd("br");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task IfModifiedSince_OnAPageWithNoLastModified_GetsThePage()
    {
        using var first = await Fresh();
        Assert.Null(first.Content.Headers.LastModified);

        using var answer = await Get("If-Modified-Since", DateTimeOffset.UtcNow.AddYears(1).ToString("R"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task IfNoneMatchStar_IsNeverAnswered304WithoutThePagesTagAndCacheHeaders()
    {
        using var first = await Fresh();
        var tag = first.Headers.ETag;

        using var answer = await Get("If-None-Match", "*");

        if (answer.StatusCode == HttpStatusCode.NotModified)
        {
            Assert.Equal(tag, answer.Headers.ETag);
            Assert.Equal(first.Headers.CacheControl, answer.Headers.CacheControl);
            Assert.Contains("Accept-Encoding", answer.Headers.Vary);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
    }
}
