using System.Security.Cryptography;
using System.Text;
using MaliReader.Web.ReadModel;
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
    public int SharedMaxAgeSeconds { get; set; } = 5;

    /// <summary>Memory the server's cache of rendered pages and answers may take, in MiB; the least used go first when it is full.</summary>
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
public sealed class HttpCaching(RequestDelegate next, CurrentSnapshot content, IOptions<CachingOptions> options)
{
    // A new build can render the same content differently (markup, fingerprinted asset links).
    private static readonly string Build = typeof(HttpCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string _fresh = $"public, max-age=0, s-maxage={options.Value.SharedMaxAgeSeconds}";
    private (string Version, string Tag) _tag = ("", "");

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        var tag = TagFor(content.Value.Version);
        if (MatchesAny(request.Headers.IfNoneMatch, tag) is { } matched)
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = matched;
            response.Headers.CacheControl = _fresh;
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
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
                response.Headers.ETag = WithEncoding(tag, response.Headers.ContentEncoding.ToString());
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

    /// <summary>The quoted tag of a snapshot and this build, computed once per snapshot.</summary>
    private string TagFor(string version)
    {
        var current = _tag;
        if (current.Version == version)
        {
            return current.Tag;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{version}\n{Build}"));
        var tag = Convert.ToHexStringLower(hash.AsSpan(0, 12));
        _tag = (version, tag);
        return tag;
    }

    private static string WithEncoding(string tag, string encoding) =>
        encoding.Length == 0 ? $"\"{tag}\"" : $"\"{tag}-{encoding}\"";

    /// <summary>
    /// The client's tag that names one of this snapshot's representations, if any. If-None-Match compares
    /// weakly (RFC 9110, 13.1.2), so W/"tag", as a proxy that compressed the page may send, matches too.
    /// </summary>
    private static string? MatchesAny(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return null;
        }
        foreach (var candidate in EntityTagHeaderValue.ParseList(ifNoneMatch))
        {
            var quoted = candidate.Tag.ToString();
            if (quoted.Length > tag.Length + 1 && quoted.AsSpan(1).StartsWith(tag, StringComparison.Ordinal)
                && (quoted.Length == tag.Length + 2 || quoted[tag.Length + 1] == '-'))
            {
                return quoted;
            }
        }
        return null;
    }
}
