namespace MaliReader.Web.Articles.WebPages;

/// <summary>A saved web page as an <see cref="Article"/>: extracted, then cleaned by the same rules as Markdown.</summary>
public static class WebPageArticle
{
    /// <summary>
    /// The story is the folder the page sits in (<c>&lt;story&gt;/page.html</c>); a page at the top of
    /// the content folder is a story of its own, keyed by its slug.
    /// </summary>
    /// <exception cref="ContentFileException">The page is refused or nothing of it is left after cleaning.</exception>
    public static Article Read(string fileName, byte[] bytes)
    {
        var page = WebPageReader.Read(fileName, bytes);
        var slug = ContentFileReader.SlugFor(fileName);
        var folder = Path.GetDirectoryName(fileName.Replace('\\', '/'))?.Replace('\\', '/');
        var story = string.IsNullOrEmpty(folder) ? slug : folder.Split('/')[^1];

        var cleaned = BoilerplateCleaner.Clean(page.BodyHtml);
        if (cleaned.Paragraphs.Count == 0)
        {
            throw new ContentFileException(fileName, "the article has no text left once boilerplate is removed");
        }
        var paragraphs = cleaned.Paragraphs
            .Select((text, index) => new Paragraph(Paragraph.MakeId(slug, index + 1), slug, index + 1, text, Fingerprint.Of(text)))
            .ToList();
        var metadata = page.Metadata;
        return new Article(slug, fileName, metadata.Title, metadata.Source, Note: null, metadata.Url, metadata.Published,
            metadata.Story ?? story, paragraphs, cleaned.Removed);
    }
}
