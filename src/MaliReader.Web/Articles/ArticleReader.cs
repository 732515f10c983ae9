namespace MaliReader.Web.Articles;

/// <summary>
/// Turns one content file into an article: front matter, paragraphs, the cleaner's removals, and a
/// fingerprint per paragraph. Pure: no database, no HTTP, no file system.
/// </summary>
public static class ArticleReader
{
    /// <summary>
    /// The version of what reading and cleaning make of a file. Bump it whenever the format's meaning or a
    /// cleaning rule changes: stored articles read by an older version are then read again.
    /// </summary>
    public const int RulesVersion = 14;

    /// <summary>The largest Markdown file read, in bytes (2 MiB): a news article is a few tens of kilobytes.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>The largest file of this name's kind that is read at all: saved web pages carry markup, so they may be larger.</summary>
    public static long MaxBytesFor(string fileName) =>
        WebPages.WebPageReader.IsWebPage(fileName) ? WebPages.WebPageReader.MaxBytes : MaxFileBytes;

    /// <summary>The most paragraphs one article may have; more is a data dump, not an article.</summary>
    public const int MaxParagraphs = 5_000;

    /// <param name="sidecar">For a saved web page, the bytes of its sidecar <c>&lt;name&gt;.yml</c> (or <c>.yaml</c>), whose front-matter
    /// fields override what the page's own metadata says; null when it has none.</param>
    /// <param name="sidecarName">The sidecar's own name as messages give it ("page.yaml", "page.YML"); null for the usual <c>&lt;name&gt;.yml</c>.</param>
    /// <exception cref="ContentFileException">Always the only exception: any failure is named with the file and a reason.</exception>
    public static Article Read(string fileName, byte[] bytes, byte[]? sidecar = null, string? sidecarName = null)
    {
        if (bytes.Length > MaxBytesFor(fileName))
        {
            throw new ContentFileException(fileName,
                $"the file is {Megabytes(bytes.Length)} MB, over the limit of {Megabytes(MaxBytesFor(fileName))} MB for one article");
        }
        try
        {
            return WebPages.WebPageReader.IsWebPage(fileName)
                ? WebPages.WebPageArticle.Read(fileName, bytes, sidecar, sidecarName)
                : ToArticle(ContentFileReader.Read(fileName, bytes));
        }
        catch (ContentFileException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser's own failure on a file nobody foresaw is still that file's error, not the site's.
            throw new ContentFileException(fileName, $"the file could not be read ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>
    /// The file's text as stored beside its article: a saved web page decoded as its reader decodes it (byte-order
    /// mark, declared charset, detection), any other file as UTF-8.
    /// </summary>
    public static string RawTextOf(string fileName, byte[] bytes) =>
        WebPages.WebPageReader.IsWebPage(fileName) ? WebPages.PageDecoder.Decode(bytes).Text : System.Text.Encoding.UTF8.GetString(bytes);

    private static Article ToArticle(ContentFile file)
    {
        var front = file.FrontMatter;
        if (front.Url is { } url && !IsWebAddress(url))
        {
            throw new ContentFileException(file.FileName, "url must be an absolute http or https address");
        }

        var cleaned = BoilerplateCleaner.Clean(file.Body.Select(block => block.Text));
        if (cleaned.Paragraphs.Count == 0)
        {
            throw new ContentFileException(file.FileName, "the article has no text left once boilerplate is removed");
        }
        var fingerprints = Fingerprint.ForParagraphs(cleaned.Paragraphs);
        var paragraphs = cleaned.Paragraphs
            .Select((text, index) => new Paragraph(Paragraph.MakeId(file.Slug, index + 1), file.Slug, index + 1, text, fingerprints[index]))
            .ToList();
        return new Article(file.Slug, file.FileName, Clean(front.Title), Clean(front.Source), CleanOrNull(front.Note),
            CleanOrNull(front.Url), CleanOrNull(front.Published), Clean(front.Story), paragraphs, cleaned.Removed);
    }

    private static string Clean(string text) => BoilerplateCleaner.NormaliseWhitespace(text);

    private static string? CleanOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
