namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// A saved web page read as an article: its metadata, its own blocks of text in page order (as simple block
/// HTML in <see cref="BodyHtml"/>: <c>h2</c>, <c>p</c>, <c>li</c> in <c>ul</c>, <c>p</c> in <c>blockquote</c> or
/// <c>figcaption</c>; text only, nothing that runs or loads), and every block of the page's visible text that was left out, with why.
/// </summary>
public sealed record WebPage(string FileName, WebPageMetadata Metadata, IReadOnlyList<PageBlock> Article, IReadOnlyList<LeftOutBlock> LeftOut)
{
    public string BodyHtml => WebPageReader.BodyHtml(Article);
}

/// <summary>What the page says about itself; <see cref="Story"/> is never known from the page and stays null.</summary>
public sealed record WebPageMetadata(string Title, string Source, string? Url, string? Published, string? Story = null);

/// <summary>
/// A block of the page's visible text that is not part of the article, and where it stood: before the
/// article's block number <paramref name="ArticleBlocksBefore"/> (0-based; the count of article blocks when it followed them all).
/// </summary>
public sealed record LeftOutBlock(string Text, RemovalRule Reason, int ArticleBlocksBefore);
