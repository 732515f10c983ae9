using System.Net;
using System.Text;
using AngleSharp.Html.Parser;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// Reads a saved web page (.html, .htm) as an article: decodes it, reads its metadata, extracts its
/// own text as simple block HTML, and records everything else left out. Throws
/// <see cref="ContentFileException"/> for a page that is too large, empty or holds no article.
/// </summary>
public static class WebPageReader
{
    /// <summary>Larger pages are refused unread: 10 MB is far above any article page and bounds the time one page takes.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The most HTML elements a saved page may have; news pages run to a few thousand.</summary>
    public const int MaxElements = 50_000;

    // Fewer words than this is a teaser, a login wall or an error page, not an article.
    private const int MinArticleWords = 30;

    // An "article" that is mostly links is a home page or an index.
    private const double MaxArticleLinkDensity = 0.5;

    public static bool IsWebPage(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".html" or ".htm";

    public static WebPage Read(string fileName, byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new ContentFileException(fileName, $"the page is {bytes.Length / (1024 * 1024)} MB, over the {MaxBytes / (1024 * 1024)} MB limit for a saved page");
        }
        var (html, _) = PageDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new ContentFileException(fileName, "the file is empty");
        }

        // The parser caps nesting at 512 levels as browsers do, so a page nested 10,000 deep
        // parses flat below that and every later walk stays bounded.
        using var document = new HtmlParser().ParseDocument(html);
        if (document.Body is null)
        {
            throw new ContentFileException(fileName, "the page has no body");
        }
        // Extraction walks the page several times: a page of more elements than any news article needs
        // (a data dump, a generated flood) is refused here, before it can hold up every other file.
        if (document.All.Length > MaxElements)
        {
            throw new ContentFileException(fileName,
                $"the page has {document.All.Length:N0} elements, more than the {MaxElements:N0} a saved article page may have");
        }
        var metadata = PageMetadata.Read(document, fallbackTitle: ContentFileReader.SlugFor(fileName));

        Extraction extraction;
        try
        {
            extraction = ArticleExtractor.Extract(document, metadata.Url, metadata.Title);
        }
        catch (Exception e) when (e is not ContentFileException and not OutOfMemoryException)
        {
            throw new ContentFileException(fileName, $"the page could not be read as an article ({e.GetType().Name}: {e.Message})");
        }

        var words = extraction.Article.Sum(block => block.WordCount);
        if (words < MinArticleWords)
        {
            throw new ContentFileException(fileName,
                $"no article found in the page: {words} words of article text (a home page, a login wall or an error page?)");
        }
        var linkDensity = (double)extraction.Article.Sum(block => block.LinkChars) / extraction.Article.Sum(block => block.Text.Length);
        if (linkDensity > MaxArticleLinkDensity)
        {
            throw new ContentFileException(fileName, "no article found in the page: its main text is mostly links (a home page or an index?)");
        }
        return new WebPage(fileName, metadata, extraction.Article, extraction.LeftOut);
    }

    /// <summary>The article's blocks as text-only HTML the Markdown path's cleaner reads: every block ends up in a p, li or h2.</summary>
    public static string BodyHtml(IEnumerable<PageBlock> blocks)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var block in blocks)
        {
            var text = WebUtility.HtmlEncode(block.Text);
            if (block.Kind == BlockKind.ListItem != inList)
            {
                html.Append(inList ? "</ul>\n" : "<ul>\n");
                inList = !inList;
            }
            html.Append(block.Kind switch
            {
                BlockKind.Heading => $"<h2>{text}</h2>\n",
                BlockKind.ListItem => $"<li>{text}</li>\n",
                BlockKind.Quote => $"<blockquote><p>{text}</p></blockquote>\n",
                BlockKind.Caption => $"<figure><figcaption><p>{text}</p></figcaption></figure>\n",
                _ => $"<p>{text}</p>\n",
            });
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        return html.ToString();
    }
}
