namespace MaliReader.Web.Articles.WebPages;

/// <summary>A saved web page as an <see cref="Article"/>: extracted, then cleaned by the same rules as Markdown.</summary>
public static class WebPageArticle
{
    /// <summary>
    /// The story is the folder the page sits in (<c>&lt;story&gt;/page.html</c>); a page at the top of
    /// the content folder is a story of its own, keyed by its slug.
    /// </summary>
    /// <param name="sidecar">The bytes of the page's sidecar <c>&lt;name&gt;.yml</c> or <c>&lt;name&gt;.yaml</c>, or null: each field it gives
    /// (the front matter's: title, source, note, url, published, story) overrides the page's own.</param>
    /// <param name="sidecarName">The sidecar's own name, whose extension may be ".yaml" or in capitals ("page.YML"); null for
    /// <see cref="SidecarName"/>. Only messages use it.</param>
    /// <exception cref="ContentFileException">The page or its sidecar is refused, or nothing of the page is left after cleaning.</exception>
    public static Article Read(string fileName, byte[] bytes, byte[]? sidecar = null, string? sidecarName = null)
    {
        var overrides = sidecar is null ? null : ReadSidecar(fileName, sidecarName ?? SidecarName(fileName), sidecar);
        var page = WebPageReader.Read(fileName, bytes);
        var slug = ContentFileReader.SlugFor(fileName);
        var folder = Path.GetDirectoryName(fileName.Replace('\\', '/'))?.Replace('\\', '/');
        var story = string.IsNullOrEmpty(folder) ? slug : folder.Split('/')[^1];

        var cleaned = Clean(page);
        if (cleaned.Paragraphs.Count > ArticleReader.MaxParagraphs)
        {
            throw new ContentFileException(fileName,
                $"the page has {cleaned.Paragraphs.Count} paragraphs, more than the {ArticleReader.MaxParagraphs} one article may have");
        }
        if (cleaned.Paragraphs.Count == 0)
        {
            throw new ContentFileException(fileName, "the article has no text left once boilerplate is removed");
        }
        var fingerprints = Fingerprint.ForParagraphs(cleaned.Paragraphs);
        var paragraphs = cleaned.Paragraphs
            .Select((text, index) => new Paragraph(Paragraph.MakeId(slug, index + 1), slug, index + 1, text, fingerprints[index]))
            .ToList();
        var metadata = page.Metadata;
        var url = Override(overrides?.Url, metadata.Url);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"))
        {
            throw new ContentFileException(fileName, "url must be an absolute http or https address");
        }
        return new Article(slug, fileName, Override(overrides?.Title, metadata.Title)!, Override(overrides?.Source, metadata.Source)!,
            overrides?.Note, url, Override(overrides?.Published, metadata.Published),
            Override(overrides?.Story, metadata.Story ?? story)!, paragraphs, cleaned.Removed);
    }

    /// <summary>
    /// The article's blocks cleaned as Markdown paragraphs are, and one record of everything not kept, in page
    /// order: each block extraction left out, placed before the paragraph it preceded, among the cleaner's removals.
    /// </summary>
    public static CleanedBody Clean(WebPage page)
    {
        var paragraphs = new List<string>();
        var removed = new List<RemovedFragment>();
        var leftOut = 0;
        for (var block = 0; block <= page.Article.Count; block++)
        {
            for (; leftOut < page.LeftOut.Count && page.LeftOut[leftOut].ArticleBlocksBefore <= block; leftOut++)
            {
                removed.Add(new RemovedFragment(page.LeftOut[leftOut].Text, page.LeftOut[leftOut].Reason, paragraphs.Count + 1));
            }
            if (block == page.Article.Count)
            {
                break;
            }
            // The cleaner reads each block on its own, so one block cleaned alone places its removals
            // within itself; they are shifted past the paragraphs already kept.
            var one = BoilerplateCleaner.Clean([page.Article[block].Text]);
            removed.AddRange(one.Removed.Select(fragment => fragment with { Paragraph = fragment.Paragraph + paragraphs.Count }));
            paragraphs.AddRange(one.Paragraphs);
        }
        return new CleanedBody(paragraphs, removed);
    }

    /// <summary>
    /// The name by which a page and its sidecar are paired: <c>story/page.yml</c>, for the page <c>story/page.html</c>
    /// and for the sidecar <c>story/page.yml</c> or <c>story/page.yaml</c> alike. Extensions are matched in any case, as
    /// the content folder reads them (<c>page.HTML</c>, <c>page.YML</c>); the rest of the name must be the same.
    /// </summary>
    public static string SidecarName(string fileName) => Path.ChangeExtension(fileName, ".yml");

    private static FrontMatter ReadSidecar(string fileName, string sidecarName, byte[] sidecar)
    {
        string yaml;
        try
        {
            yaml = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(sidecar).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new ContentFileException(fileName, $"its sidecar {sidecarName} is not UTF-8 text (save it as UTF-8)");
        }
        ContentFileReader.RefuseControlCharacters(fileName, yaml, $"its sidecar {sidecarName}, ");
        try
        {
            return FrontMatterReader.ParseOverrides(sidecarName, yaml);
        }
        catch (ContentFileException e)
        {
            // Reported under the page, whose article it is, naming the file to fix.
            throw new ContentFileException(fileName, $"its sidecar {sidecarName}, {e.Reason}");
        }
    }

    private static string? Override(string? value, string? fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback : BoilerplateCleaner.NormaliseWhitespace(value);
}
