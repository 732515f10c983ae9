using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// Title, source label, address and publication date from a page's own metadata: Open Graph and
/// article: meta tags, link rel=canonical, JSON-LD (schema.org NewsArticle and its kin), then
/// &lt;h1&gt; and &lt;title&gt;. The source label falls back to the site's name, then its domain.
/// </summary>
public static partial class PageMetadata
{
    // schema.org types that describe the page's article.
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    };

    /// <summary>Reads the metadata; the title falls back to <paramref name="fallbackTitle"/> when the page names none.</summary>
    public static WebPageMetadata Read(IDocument document, string fallbackTitle)
    {
        var jsonLd = JsonLdArticle(document);

        var url = FirstWebAddress(
            document.QuerySelector("link[rel~=canonical i][href]")?.GetAttribute("href"),
            Meta(document, "og:url"),
            jsonLd?.Url);

        var title = FirstText(
            Meta(document, "og:title"),
            jsonLd?.Headline,
            Meta(document, "twitter:title"),
            HeadingMatchingTitle(document),
            TitleWithoutSiteName(document.Title))
            ?? fallbackTitle;

        var source = FirstText(
            Meta(document, "og:site_name"),
            jsonLd?.Publisher,
            Meta(document, "application-name"),
            DomainOf(url))
            ?? "Saved web page";

        var published = FirstText(
            Meta(document, "article:published_time"),
            jsonLd?.DatePublished,
            document.QuerySelector("[itemprop=datePublished][content]")?.GetAttribute("content"),
            document.QuerySelector("[itemprop=datePublished][datetime], time[pubdate][datetime]")?.GetAttribute("datetime"),
            Meta(document, "date"),
            Meta(document, "dc.date"),
            Meta(document, "pubdate"));

        return new WebPageMetadata(title, source, url, published);
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name?.Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                return meta.GetAttribute("content");
            }
        }
        return null;
    }

    private static string? FirstText(params string?[] candidates) =>
        candidates.Select(Normalise).FirstOrDefault(text => text.Length > 0) is { Length: > 0 } found ? found : null;

    private static string Normalise(string? text) => text is null ? "" : BoilerplateCleaner.NormaliseWhitespace(text);

    private static string? FirstWebAddress(params string?[] candidates) =>
        candidates.Select(Normalise).FirstOrDefault(IsWebAddress) is { Length: > 0 } found ? found : null;

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? DomainOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? WwwPrefix().Replace(uri.Host, "") : null;

    /// <summary>The first &lt;h1&gt; when the &lt;title&gt; contains it: the headline without the site's name around it.</summary>
    private static string? HeadingMatchingTitle(IDocument document)
    {
        var title = Normalise(document.Title);
        return document.QuerySelectorAll("h1")
            .Select(h1 => Normalise(h1.TextContent))
            .FirstOrDefault(heading => heading.Length > 0 && (title.Length == 0 || title.Contains(heading, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>"Headline | Site" or "Headline - Site": the longest part is the headline.</summary>
    private static string? TitleWithoutSiteName(string? title)
    {
        var text = Normalise(title);
        if (text.Length == 0)
        {
            return null;
        }
        var parts = TitleSeparator().Split(text).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        return parts.Count > 1 ? parts.MaxBy(part => part.Length) : text;
    }

    private sealed record JsonLdFields(string? Headline, string? Publisher, string? DatePublished, string? Url);

    private static JsonLdFields? JsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(json.RootElement, depth: 0) is { } article)
                {
                    return new JsonLdFields(
                        StringOf(article, "headline") ?? StringOf(article, "name"),
                        article.TryGetProperty("publisher", out var publisher) ? StringOf(publisher, "name") ?? AsString(publisher) : null,
                        StringOf(article, "datePublished"),
                        StringOf(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var main) ? AsString(main) ?? StringOf(main, "@id") : null));
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block says nothing; the page's other metadata still may.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (element.TryGetProperty("@type", out var type) && TypeNames(type).Any(ArticleTypes.Contains))
        {
            return element;
        }
        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => TextOf(type) is { } name ? [name] : [],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(TextOf).OfType<string>(),
        _ => [],
    };

    /// <summary>
    /// A string value, or null when it escapes a lone surrogate ("\ud800"): JSON may write one, but it is no text, so
    /// the value says nothing and the rest of the block still may.
    /// </summary>
    private static string? TextOf(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? AsString(value) : null;

    private static string? AsString(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => TextOf(element),
        JsonValueKind.Array => element.EnumerateArray().Select(AsString).FirstOrDefault(text => text is not null),
        _ => null,
    };

    [GeneratedRegex(@"^www\d?\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WwwPrefix();

    // Separators between a headline and the site's name; a plain hyphen only with spaces round it.
    [GeneratedRegex(@"\s+[|–—·•:»-]\s+|\s*[|»]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();
}
