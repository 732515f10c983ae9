using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MaliReader.Web.Http;

/// <summary>Settings of the "Caching" section.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// How long a shared cache (a reverse proxy, a CDN) may serve a page without asking the app, in
    /// seconds: the most a reader behind it can lag behind a content change.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "not a whole number of 0 or more")]
    public int SharedMaxAgeSeconds { get; set; } = 5;

    /// <summary>Memory the server's cache of rendered pages and answers may take, in MiB; the least used go first when it is full.</summary>
    [Range(1, 1024 * 1024, ErrorMessage = "not a whole number of MiB from 1 to 1048576")]
    public int OutputCacheMegabytes { get; set; } = 16;
}

/// <summary>
/// Validators and cache headers for pages and API answers. Every page and answer is a function of its
/// address, the content snapshot and the app's build, so one strong ETag per snapshot and build (and
/// per content encoding, since compressed bytes differ) validates them all: a browser revalidates
/// each time and gets a 304 without the page being rendered; a shared cache keeps a page for
/// <see cref="CachingOptions.SharedMaxAgeSeconds"/> and then revalidates the same way.
/// Responses that set their own Cache-Control (static assets, the 429, the error page) keep it.
/// </summary>
public sealed class HttpCaching(RequestDelegate next, CurrentSnapshot content, IResponseCompressionProvider compression, IOptions<CachingOptions> options)
{
    // A new build can render the same content differently (markup, fingerprinted asset links).
    private static readonly string Build = typeof(HttpCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string _fresh = $"public, max-age=0, s-maxage={options.Value.SharedMaxAgeSeconds}";
    private Tags _tags = new("", "");

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<IOutputCachePolicy>() is not null)
        {
            IgnoreWhatTheOutputCacheWouldAnswerWrongly(request);
        }

        var tags = TagsFor(content.Value.Version);
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            // The representation this request would get: its tag is the only one that may answer 304.
            var expected = tags.For(compression.GetCompressionProvider(context)?.EncodingName);
            if (Matches(request.Headers.IfNoneMatch, expected))
            {
                var response = context.Response;
                response.StatusCode = StatusCodes.Status304NotModified;
                response.Headers.ETag = expected;
                response.Headers.CacheControl = _fresh;
                response.Headers.Vary = HeaderNames.AcceptEncoding;
                return Task.CompletedTask;
            }
        }

        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            // A page from the app's own output cache is as current as a fresh render (that cache is emptied
            // when the content changes), so it goes out first-hand: the stored Date and an Age would make a
            // shared cache downstream count its s-maxage from the first render and revalidate every time.
            response.Headers.Remove(HeaderNames.Age);
            response.Headers.Remove(HeaderNames.Date);
            if (response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                return Task.CompletedTask;
            }
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.ETag = tags.For(response.Headers.ContentEncoding.ToString());
                response.Headers.CacheControl = _fresh;
                if (!response.Headers.Vary.ToString().Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase))
                {
                    response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                }
            }
            else
            {
                // Not found, invalid input: may change with content, and cheap to answer again.
                response.Headers.CacheControl = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// The output cache answers two conditions by itself, with a 304 that carries neither the page's tag nor its
    /// Cache-Control and Vary: If-Modified-Since, against the date it stored (pages and answers carry no Last-Modified,
    /// so RFC 9110, 13.1.3, has the condition ignored), and If-None-Match: * (which this middleware cannot evaluate
    /// before knowing that the address exists). Both are taken off the request, which is answered in full; the tags
    /// above answer every other revalidation.
    /// </summary>
    private static void IgnoreWhatTheOutputCacheWouldAnswerWrongly(HttpRequest request)
    {
        request.Headers.IfModifiedSince = default;
        if (request.Headers.IfNoneMatch.Count > 0 && EntityTagHeaderValue.ParseList(request.Headers.IfNoneMatch).Any(tag => tag.Tag.Equals(EntityTagHeaderValue.Any.Tag, StringComparison.Ordinal)))
        {
            request.Headers.IfNoneMatch = default;
        }
    }

    /// <summary>The quoted tags of a snapshot and this build, one per content coding, computed once per snapshot.</summary>
    private Tags TagsFor(string version)
    {
        var current = _tags;
        if (current.Version == version)
        {
            return current;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{version}\n{Build}"));
        var tags = new Tags(version, Convert.ToHexStringLower(hash.AsSpan(0, 12)));
        _tags = tags;
        return tags;
    }

    /// <summary>
    /// Whether If-None-Match names <paramref name="tag"/>. It compares weakly (RFC 9110, 13.1.2), so
    /// W/"tag", as a proxy that passed the page on and weakened its tag may send, matches too.
    /// </summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag)
    {
        foreach (var candidate in EntityTagHeaderValue.ParseList(ifNoneMatch))
        {
            // "*" is left to a full answer: this middleware cannot know yet whether the address exists.
            if (candidate.Tag.Equals(tag, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Strong tags of one snapshot: each content coding is its own representation with its own bytes, so
    /// each gets its own tag (the identity one bare, the others suffixed as Apache does), and a tag of the
    /// gzip bytes can never confirm a cached Brotli or plain copy.
    /// </summary>
    private sealed class Tags(string version, string hash)
    {
        public string Version { get; } = version;

        private readonly string _identity = $"\"{hash}\"";
        private readonly string _brotli = $"\"{hash}-br\"";
        private readonly string _gzip = $"\"{hash}-gzip\"";

        /// <summary>The tag of the representation in <paramref name="encoding"/> (null or empty: uncompressed).</summary>
        public string For(string? encoding) => encoding switch
        {
            null or "" => _identity,
            "br" => _brotli,
            "gzip" => _gzip,
            _ => $"\"{_identity[1..^1]}-{encoding}\"",
        };
    }
}
