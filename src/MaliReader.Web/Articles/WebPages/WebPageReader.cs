using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
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

    /// <summary>
    /// The most HTML elements a saved page may have. The extraction benchmark's 181 news pages have 1,596
    /// at most; Readability's time grows faster than the count (49,000 paragraphs take minutes).
    /// </summary>
    public const int MaxElements = 5_000;

    /// <summary>
    /// The most characters of text a saved page may hold: 1,000,000 is a book of 150,000 words, where the longest
    /// article in the extraction benchmark has 8,000. Readability reads the text of every element again and again.
    /// </summary>
    public const int MaxTextChars = 1_000_000;

    /// <summary>
    /// The deepest nesting of elements a saved page may have. News pages nest a few dozen levels (51 at
    /// most in the extraction benchmark's 181 pages); Readability's scoring slows with depth (a page
    /// 250 levels deep takes half a second, 500 levels over ten).
    /// </summary>
    public const int MaxDepth = 128;

    /// <summary>Fewer words than this is a teaser, a login wall or an error page, not an article.</summary>
    public const int MinArticleWords = 30;

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
        if (BinaryContent.FormatOf(bytes) is { } format)
        {
            throw new ContentFileException(fileName, $"the file is {format}, not a web page");
        }
        var (html, _) = PageDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new ContentFileException(fileName, "the file is empty");
        }
        if (BinaryContent.IsBinary(html))
        {
            throw new ContentFileException(fileName, "the file holds binary data, not the text of a web page");
        }

        // Counted before parsing too: a flood of tags, or tags left open by the thousand, cost the parser
        // seconds before any limit below is reached.
        var markup = MarkupShapeOf(html);
        if (markup.OpenDepth > ParserDepthCap)
        {
            throw TooDeep(fileName, markup.OpenDepth);
        }
        if (markup.StartTags > MaxElements)
        {
            throw TooManyElements(fileName, markup.StartTags);
        }
        using var document = new HtmlParser().ParseDocument(html);
        if (document.Body is null)
        {
            throw new ContentFileException(fileName, "the page has no body");
        }
        // Extraction walks the page several times, Readability's scoring among them: a page of more
        // elements or deeper nesting than any news article needs (a data dump, a generated flood, tags
        // left open by the thousand) is refused here, which bounds the work any one page can cost.
        var (elements, depth, textChars) = ShapeOf(document);
        if (elements > MaxElements)
        {
            throw TooManyElements(fileName, elements);
        }
        if (depth > MaxDepth)
        {
            throw TooDeep(fileName, depth);
        }
        if (textChars > MaxTextChars)
        {
            throw new ContentFileException(fileName,
                $"the page holds {Count(textChars)} characters of text, more than the {Count(MaxTextChars)} one article page may have");
        }
        CutOverlongNames(document);
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

    // The parser stops nesting at 512 levels as browsers do, but reaching that depth by the thousand costs it seconds.
    private const int ParserDepthCap = 512;

    private static ContentFileException TooManyElements(string fileName, int elements) => new(fileName,
        $"the page has {Count(elements)} elements, more than the {Count(MaxElements)} a saved article page may have");

    private static ContentFileException TooDeep(string fileName, int depth) => new(fileName,
        $"the page nests its elements {Count(depth)} levels deep, more than the {MaxDepth} a saved article page may have (tags left open?)");

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    // Elements that never hold others, and elements whose end tag may be left out (the parser closes them
    // itself): neither adds to the nesting when no end tag follows.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body",
    };

    /// <summary>
    /// In one pass over the markup, outside comments, scripts and styles (whose text may hold a "&lt;"
    /// followed by a letter): how many start tags it has, close to the count of elements the parser will
    /// make, and how deep the tags left open reach (start tags less end tags, at the deepest).
    /// </summary>
    public static (int StartTags, int OpenDepth) MarkupShapeOf(string html)
    {
        var count = 0;
        var open = 0;
        var deepest = 0;
        var at = html.IndexOf('<');
        while (at >= 0 && at + 1 < html.Length)
        {
            var rest = html.AsSpan(at + 1);
            if (rest.StartsWith("!--"))
            {
                var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }
                at = html.IndexOf('<', end + 3);
                continue;
            }
            if (rest[0] == '/' && rest.Length > 1 && char.IsAsciiLetter(rest[1]))
            {
                if (!NotNesting.Contains(TagName(rest[1..])))
                {
                    open = Math.Max(0, open - 1);
                }
            }
            else if (char.IsAsciiLetter(rest[0]))
            {
                count++;
                if (RawTextElement(rest) is { } raw)
                {
                    // Skipped with its end tag, so it neither nests nor counts what its text holds.
                    var end = html.IndexOf("</" + raw, at + 1, StringComparison.OrdinalIgnoreCase);
                    if (end < 0)
                    {
                        break;
                    }
                    at = html.IndexOf('>', end);
                    if (at < 0)
                    {
                        break;
                    }
                }
                else if (!NotNesting.Contains(TagName(rest)) && !IsSelfClosing(rest))
                {
                    deepest = Math.Max(deepest, ++open);
                }
            }
            at = html.IndexOf('<', at + 1);
        }
        return (count, deepest);
    }

    // Only so far into a tag is looked for its end, so that a page of "<a<a<a..." without one stays one pass.
    private const int LongestTagLooked = 4096;

    // "<path/>" in SVG or MathML closes itself; in HTML the parser ignores the slash, which only overstates the depth.
    private static bool IsSelfClosing(ReadOnlySpan<char> tag)
    {
        var close = tag[..Math.Min(tag.Length, LongestTagLooked)].IndexOf('>');
        return close > 0 && tag[close - 1] == '/';
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        var length = 0;
        while (length < tag.Length && (char.IsAsciiLetterOrDigit(tag[length]) || tag[length] == '-'))
        {
            length++;
        }
        return tag[..length].ToString();
    }

    private static string? RawTextElement(ReadOnlySpan<char> tag)
    {
        foreach (var name in (ReadOnlySpan<string>)["script", "style", "textarea", "title"])
        {
            if (tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && tag.Length > name.Length
                && (char.IsWhiteSpace(tag[name.Length]) || tag[name.Length] is '>' or '/'))
            {
                return name;
            }
        }
        return null;
    }

    // Templates write class lists of a few hundred characters at most.
    private const int MaxNameChars = 1_000;

    /// <summary>
    /// Cuts class and id values longer than any template writes to their start. Both are matched against
    /// patterns for every element, by Readability and by the page-furniture rules, so one name of megabytes
    /// would cost seconds.
    /// </summary>
    private static void CutOverlongNames(IDocument document)
    {
        foreach (var element in document.All)
        {
            foreach (var name in (ReadOnlySpan<string>)["class", "id"])
            {
                if (element.GetAttribute(name) is { Length: > MaxNameChars } value)
                {
                    element.SetAttribute(name, value[..MaxNameChars]);
                }
            }
        }
    }

    /// <summary>
    /// The page's count of elements, the depth of its deepest one (&lt;html&gt; is 1), and the characters of
    /// text it holds outside scripts and styles.
    /// </summary>
    public static (int Elements, int Depth, int TextChars) ShapeOf(IDocument document)
    {
        var elements = 0;
        var deepest = 0;
        var text = 0;
        // An explicit stack: a page nested ten thousand deep must not take the call stack with it.
        var work = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
        {
            work.Push((root, 1));
        }
        while (work.Count > 0)
        {
            var (element, depth) = work.Pop();
            elements++;
            deepest = Math.Max(deepest, depth);
            var counted = element.LocalName is not ("script" or "style" or "template" or "noscript");
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IElement childElement)
                {
                    work.Push((childElement, depth + 1));
                }
                else if (counted && child is IText textNode)
                {
                    text += textNode.Data.Length;
                }
            }
        }
        return (elements, deepest, text);
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
