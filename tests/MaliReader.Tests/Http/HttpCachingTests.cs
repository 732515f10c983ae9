using MaliReader.Web.Ingest;
using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Http;

public sealed class HttpCachingTests : IDisposable
{
    private readonly MaliReaderApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> Cacheable => new()
    {
        "/",
        "/search?q=mali",
        $"/p/{TestContent.RtSlug}-1",
        "/api/articles",
        $"/api/articles/{TestContent.RtSlug}",
        "/api/search?q=mali",
    };

    private async Task<HttpResponseMessage> Get(string url, string? ifNoneMatch = null, string? acceptEncoding = null)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }
        return await client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Cacheable))]
    public async Task PagesAndAnswers_CarryAStrongETag_AndAreRevalidatedWith304(string url)
    {
        using var first = await Get(url);
        var tag = first.Headers.ETag;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Contains("max-age=0", first.Headers.CacheControl?.ToString());
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);

        using var again = await Get(url, tag.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EachEncoding_HasItsOwnTag()
    {
        using var plain = await Get("/");
        using var brotli = await Get("/", acceptEncoding: "br");
        using var gzip = await Get("/", acceptEncoding: "gzip");

        var tags = new[] { plain.Headers.ETag, brotli.Headers.ETag, gzip.Headers.ETag };
        Assert.All(tags, Assert.NotNull);
        Assert.Equal(3, tags.Select(tag => tag!.Tag).Distinct().Count());
    }

    [Theory]
    [InlineData("gzip", "br")]
    [InlineData("gzip", null)]
    [InlineData("br", "gzip")]
    [InlineData(null, "br")]
    [InlineData(null, "gzip")]
    public async Task ATagOfOneEncoding_DoesNotRevalidateAnother(string? taggedEncoding, string? requestedEncoding)
    {
        using var tagged = await Get("/", acceptEncoding: taggedEncoding);
        var tag = tagged.Headers.ETag!.ToString();

        using var other = await Get("/", tag, requestedEncoding);
        using var same = await Get("/", tag, taggedEncoding);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(tag, other.Headers.ETag?.ToString());
        Assert.Equal(requestedEncoding, other.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Contains("Accept-Encoding", same.Headers.Vary);
    }

    [Theory]
    [MemberData(nameof(Cacheable))]
    public async Task EachEncoding_IsServedAsItsOwnRepresentation_FromTheCacheToo(string url)
    {
        foreach (var round in new[] { "first", "cached" })
        {
            var bodies = new List<string>();
            foreach (var encoding in new[] { "br", "gzip", "identity" })
            {
                using var response = await Get(url, acceptEncoding: encoding);
                var coding = response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity";
                Assert.True(encoding == coding, $"{round} {url}: asked for {encoding}, got {coding}");
                bodies.Add(await Decoded(response));
            }
            Assert.Single(bodies.Distinct());
        }
    }

    private static async Task<string> Decoded(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task AfterAContentChange_TheOldTagGetsTheNewPage()
    {
        using var before = await Get("/");
        var tag = before.Headers.ETag!.ToString();

        _app.Content.Write("later.md", TestContent.Article("A later story", "Later source", "a-later-story", "A paragraph."));
        _app.Services.GetRequiredService<ContentIngest>().Sync();

        using var after = await Get("/", tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag?.ToString());
        Assert.Contains("A later story", await after.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/no-such-article", HttpStatusCode.NotFound)]
    [InlineData("/api/search?q=mali&limit=many", HttpStatusCode.BadRequest)]
    public async Task Errors_AreNotKeptByCaches_AndHaveNoTag(string url, HttpStatusCode status)
    {
        using var response = await Get(url);

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task AForeignTag_GetsTheFullPage_AWeakFormOfOursA304()
    {
        using var first = await Get("/");
        var tag = first.Headers.ETag!.Tag.ToString();

        using var foreign = await Get("/", "\"not-this-one\", \"" + tag.Trim('"')[..^1] + "\"");
        using var weak = await Get("/", "W/" + tag);

        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
    }
}
