using System.IO.Compression;
using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Http;

public sealed class OutputCacheTests : IDisposable
{
    private const string AddedWords = "Zanzibari quartermasters inventoried the xylophones";

    // Words of the added paragraph that a search for it leaves unmarked, so every page shows them as they are.
    private const string AddedUnmarked = "quartermasters inventoried the";

    private readonly MaliReaderApp _app = new();
    private readonly WebApplicationFactory<Program> _web;

    public OutputCacheTests() =>
        _web = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(CountingOutputCacheStore.Replace));

    public void Dispose()
    {
        _web.Dispose();
        _app.Dispose();
    }

    private CountingOutputCacheStore Store => (CountingOutputCacheStore)_web.Services.GetRequiredService<IOutputCacheStore>();

    private int CacheHits => Store.Hits;

    /// <summary>A search answer is stored on its second request (see SecondHitCaching): asks for it once more first.</summary>
    private async Task AskedBeforeIfASearch(string url)
    {
        if (url.StartsWith("/search?", StringComparison.Ordinal) || url.StartsWith("/api/search?", StringComparison.Ordinal))
        {
            (await Get(url)).Dispose();
        }
    }

    /// <summary>The response to <paramref name="url"/>, and whether the output cache answered it.</summary>
    private async Task<(HttpResponseMessage Response, bool FromCache)> GetCounted(string url)
    {
        var hits = CacheHits;
        var response = await Get(url);
        return (response, CacheHits > hits);
    }

    /// <summary>Pages and article answers that show the RT article's paragraphs, and where.</summary>
    public static TheoryData<string> ShowTheArticle => new()
    {
        "/",
        $"/?story={TestContent.Story}",
        $"/p/{TestContent.RtSlug}-1",
        $"/api/articles/{TestContent.RtSlug}",
        "/search?q=zanzibari+xylophones",
        "/api/search?q=zanzibari+xylophones",
    };

    private async Task<HttpResponseMessage> Get(string url, string? acceptEncoding = null)
    {
        using var client = _web.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }
        return await client.SendAsync(request);
    }

    private void AddParagraphToRtArticle()
    {
        var fileName = TestContent.RtSlug + ".md";
        _app.Content.Write(fileName, _app.Content.Read(fileName).TrimEnd() + $"\n\n{AddedWords}.\n");
        _web.Services.GetRequiredService<ContentIngest>().Sync();
    }

    [Theory]
    [MemberData(nameof(ShowTheArticle))]
    public async Task ARepeatedRequest_IsServedFromTheCache_UntilTheContentChanges(string url)
    {
        await AskedBeforeIfASearch(url);
        var (first, firstCached) = await GetCounted(url);
        var (second, secondCached) = await GetCounted(url);
        using (first)
        using (second)
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.False(firstCached);
            Assert.True(secondCached);
            Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

            AddParagraphToRtArticle();

            var (after, afterCached) = await GetCounted(url);
            using (after)
            {
                Assert.Equal(HttpStatusCode.OK, after.StatusCode);
                Assert.False(afterCached);
                Assert.Contains(AddedUnmarked, await after.Content.ReadAsStringAsync());
                Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
            }
        }
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/api/search?q=")]
    public async Task SearchesAskedOnce_AreNotStored_AndThePagesStayCached(string prefix)
    {
        using (await Get("/"))
        {
        }
        var storedBefore = Store.Stored;

        foreach (var word in new[] { "mali", "france", "drones", "weapons", "council", "minister", "terrorist", "airspace" })
        {
            using var once = await Get(prefix + word);
            Assert.Equal(HttpStatusCode.OK, once.StatusCode);
        }

        Assert.Equal(storedBefore, Store.Stored);
        var (page, pageFromCache) = await GetCounted("/");
        page.Dispose();
        Assert.True(pageFromCache);
    }

    [Fact]
    public async Task ASearchAskedAgain_IsStoredOnItsSecondRequest_AndServedFromTheCacheFromItsThird()
    {
        var (first, firstCached) = await GetCounted("/api/search?q=mali");
        var storedAfterFirst = Store.Stored;
        var (second, secondCached) = await GetCounted("/api/search?q=mali");
        var storedAfterSecond = Store.Stored;
        var (third, thirdCached) = await GetCounted("/api/search?q=mali");
        using (first)
        using (second)
        using (third)
        {
            Assert.False(firstCached);
            Assert.False(secondCached);
            Assert.True(thirdCached);
            Assert.Equal(storedAfterFirst + 1, storedAfterSecond);
            Assert.Equal(await first.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task APageFromTheCache_GoesOutFirstHand_SoSharedCachesKeepItTheirFullTime()
    {
        using var first = await Get("/");
        var (hit, fromCache) = await GetCounted("/");
        using (hit)
        {
            Assert.True(fromCache);
            // An Age would make a shared cache count s-maxage from the first render and revalidate at once.
            Assert.Null(hit.Headers.Age);
            Assert.Contains("s-maxage=", hit.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task TheArticleList_CountsTheNewParagraph_AfterAnEdit()
    {
        using var before = await Get("/api/articles");
        var (cached, fromCache) = await GetCounted("/api/articles");
        cached.Dispose();
        Assert.True(fromCache);

        AddParagraphToRtArticle();

        using var after = await Get("/api/articles");
        Assert.Equal(ParagraphCount(await before.Content.ReadAsStringAsync()) + 1, ParagraphCount(await after.Content.ReadAsStringAsync()));
    }

    private static int ParagraphCount(string articlesJson)
    {
        using var list = System.Text.Json.JsonDocument.Parse(articlesJson);
        return list.RootElement.EnumerateArray()
            .Single(article => article.GetProperty("slug").GetString() == TestContent.RtSlug)
            .GetProperty("paragraphCount").GetInt32();
    }

    [Theory]
    [InlineData("/")]
    [InlineData($"/p/{TestContent.RtSlug}-2")]
    [InlineData("/api/articles")]
    public async Task EachEncoding_IsCachedApart_AndEveryClientGetsBytesItCanRead(string url)
    {
        var bodies = new List<string>();
        // Twice each, so that the second of each is a cache hit that a mix-up would have answered wrongly.
        foreach (var encoding in new[] { "br", "gzip", null, "br", "gzip", null })
        {
            using var response = await Get(url, encoding);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.SingleOrDefault());
            bodies.Add(await Decoded(response));
        }

        Assert.Single(bodies.Distinct());
    }

    private static async Task<string> Decoded(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task ACachedPage_KeepsItsETag_AndIsRevalidatedWith304()
    {
        using var first = await Get($"/p/{TestContent.RtSlug}-1");
        var (hit, fromCache) = await GetCounted($"/p/{TestContent.RtSlug}-1");
        using var _ = hit;
        Assert.True(fromCache);
        Assert.Equal(first.Headers.ETag, hit.Headers.ETag);

        using var client = _web.CreateClient();
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/p/{TestContent.RtSlug}-1");
        revalidate.Headers.IfNoneMatch.Add(hit.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("/search?q=mali", "/search?q=france")]
    [InlineData($"/?story={TestContent.Story}", $"/?story={TestContent.Story}&q=france")]
    public async Task AddressesThatDifferInTheirQuery_AreCachedApart(string first, string second)
    {
        await AskedBeforeIfASearch(first);
        await AskedBeforeIfASearch(second);
        using var one = await Get(first);
        using var other = await Get(second);
        var (again, fromCache) = await GetCounted(first);
        using var _ = again;

        Assert.True(fromCache);
        Assert.NotEqual(await one.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Equal(await one.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStoryNotFoundEarlier_IsServedOnceItIsAdded()
    {
        using var before = await Get("/?story=a-later-story");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        _app.Content.Write("later.md", TestContent.Article("A later story", "Later source", "a-later-story", "A paragraph."));
        _web.Services.GetRequiredService<ContentIngest>().Sync();

        using var after = await Get("/?story=a-later-story");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("A later story", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFloodOfOneCachedSearch_IsStillRefusedByTheRateLimit()
    {
        var limited = _web.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimiting:Enabled", "true");
            builder.UseSetting("RateLimiting:PermitLimit", "5");
            builder.UseSetting("RateLimiting:WindowSeconds", "3600");
        });
        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var context = await limited.Server.SendAsync(request =>
            {
                request.Request.Method = "GET";
                request.Request.Path = "/search";
                request.Request.QueryString = new QueryString("?q=mali");
                request.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.4");
            });
            statuses.Add(context.Response.StatusCode);
        }

        Assert.Equal([200, 200, 200, 200, 200, 429], statuses);
    }
}
