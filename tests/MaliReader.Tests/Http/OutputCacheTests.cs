using System.IO.Compression;
using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Http;

public sealed class OutputCacheTests : IDisposable
{
    private const string AddedWords = "Zanzibari quartermasters inventoried the xylophones";

    // Words of the added paragraph that a search for it leaves unmarked, so every page shows them as they are.
    private const string AddedUnmarked = "quartermasters inventoried the";

    private readonly MaliReaderApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Pages and article answers that show the RT article's paragraphs, and where.</summary>
    public static TheoryData<string> ShowTheArticle => new()
    {
        "/",
        $"/?story={TestContent.Story}",
        $"/p/{TestContent.RtSlug}-1",
        $"/api/articles/{TestContent.RtSlug}",
        "/search?q=zanzibari+xylophones",
    };

    private async Task<HttpResponseMessage> Get(string url, string? acceptEncoding = null)
    {
        using var client = _app.CreateClient();
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
        _app.Services.GetRequiredService<ContentIngest>().Sync();
    }

    [Theory]
    [MemberData(nameof(ShowTheArticle))]
    public async Task ARepeatedRequest_IsServedFromTheCache_UntilTheContentChanges(string url)
    {
        using var first = await Get(url);
        using var second = await Get(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // The output cache answers a hit with an Age header; a rendered page has none.
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        AddParagraphToRtArticle();

        using var after = await Get(url);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.Contains(AddedUnmarked, await after.Content.ReadAsStringAsync());
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task TheArticleList_CountsTheNewParagraph_AfterAnEdit()
    {
        using var before = await Get("/api/articles");
        using var cached = await Get("/api/articles");
        Assert.NotNull(cached.Headers.Age);

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
        using var hit = await Get($"/p/{TestContent.RtSlug}-1");
        Assert.NotNull(hit.Headers.Age);
        Assert.Equal(first.Headers.ETag, hit.Headers.ETag);

        using var client = _app.CreateClient();
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/p/{TestContent.RtSlug}-1");
        revalidate.Headers.IfNoneMatch.Add(hit.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task AQueryParameterNoPageReads_IsServedTheSameCachedPage()
    {
        using var plain = await Get("/");
        using var tracked = await Get("/?utm_source=feed&utm_campaign=x");

        Assert.NotNull(tracked.Headers.Age);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await tracked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStoryNotFoundEarlier_IsServedOnceItIsAdded()
    {
        using var before = await Get("/?story=a-later-story");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        _app.Content.Write("later.md", TestContent.Article("A later story", "Later source", "a-later-story", "A paragraph."));
        _app.Services.GetRequiredService<ContentIngest>().Sync();

        using var after = await Get("/?story=a-later-story");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("A later story", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFloodOfOneCachedSearch_IsStillRefusedByTheRateLimit()
    {
        var limited = _app.WithWebHostBuilder(builder =>
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
