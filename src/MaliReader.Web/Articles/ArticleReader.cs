namespace MaliReader.Web.Articles;

/// <summary>A content file in, an <see cref="Article"/> out: no database, no HTTP.</summary>
public static class ArticleReader
{
    /// <summary>
    /// Changes whenever the reading or cleaning rules change what an article comes out as, so that a
    /// store of articles read under older rules reads every file again, once.
    /// </summary>
    public const int RulesVersion = 1;

    /// <exception cref="ContentFileException">The file cannot be read into an article; the reason says why.</exception>
    public static Article Read(string fileName, byte[] bytes)
    {
        try
        {
            return WebPages.WebPageReader.IsWebPage(fileName)
                ? WebPages.WebPageArticle.Read(fileName, bytes)
                : ToArticle(ContentFileReader.Read(fileName, bytes));
        }
        catch (ContentFileException)
        {
            throw;
        }
        catch (Exception e)
        {
            // A parser's own failure on a hostile file is that file's error, never the site's.
            throw new ContentFileException(fileName, $"the file could not be read ({e.GetType().Name}: {e.Message})");
        }
    }

    public static Article ToArticle(ContentFile file)
    {
        var front = file.FrontMatter;
        if (front.Url is { } url && !IsWebAddress(url))
        {
            throw new ContentFileException(file.FileName, "url must be an absolute http or https address");
        }

        var cleaned = BoilerplateCleaner.Clean(file.BodyHtml);
        if (cleaned.Paragraphs.Count == 0)
        {
            throw new ContentFileException(file.FileName, "the article has no text left once boilerplate is removed");
        }
        var paragraphs = cleaned.Paragraphs
            .Select((text, index) => new Paragraph(Paragraph.MakeId(file.Slug, index + 1), file.Slug, index + 1, text, Fingerprint.Of(text)))
            .ToList();
        return new Article(file.Slug, file.FileName, Clean(front.Title), Clean(front.Source), CleanOrNull(front.Note),
            CleanOrNull(front.Url), CleanOrNull(front.Published), Clean(front.Story), paragraphs, cleaned.Removed);
    }

    private static string Clean(string text) => BoilerplateCleaner.NormaliseWhitespace(text);

    private static string? CleanOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
