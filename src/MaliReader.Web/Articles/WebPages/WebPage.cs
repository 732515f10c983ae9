namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// A saved web page read as an article: its metadata, its own text as simple block HTML
/// (<c>h2</c>, <c>p</c>, <c>li</c> in <c>ul</c>, <c>p</c> in <c>blockquote</c> or <c>figcaption</c>;
/// text only, nothing that runs or loads), and every block of the page's visible text that was left out, with why.
/// </summary>
public sealed record WebPage(string FileName, WebPageMetadata Metadata, string BodyHtml, IReadOnlyList<LeftOutBlock> LeftOut);

/// <summary>What the page says about itself; <see cref="Story"/> is never known from the page and stays null.</summary>
public sealed record WebPageMetadata(string Title, string Source, string? Url, string? Published, string? Story = null);

/// <summary>A block of the page's visible text that is not part of the article.</summary>
public sealed record LeftOutBlock(string Text, LeftOutReason Reason);

/// <summary>Why extraction left a block out. Serialised in kebab case ("related-links").</summary>
public enum LeftOutReason
{
    Navigation,
    SiteHeader,
    Footer,
    RelatedLinks,
    Comments,
    CookieNotice,
    ShareBar,
    Newsletter,
    Advertising,
    Sidebar,
    Form,
    Headline,
    Byline,
    LinkList,
    Hidden,
    Repeated,
    OutsideArticle,
}

public static class LeftOutReasonText
{
    /// <summary>The reason's name as the API gives it: "related-links".</summary>
    public static string Name(this LeftOutReason reason) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(reason.ToString());

    /// <summary>Why such blocks are not the article, for readers.</summary>
    public static string Explanation(this LeftOutReason reason) => reason switch
    {
        LeftOutReason.Navigation => "the site's menus and navigation",
        LeftOutReason.SiteHeader => "the site's header",
        LeftOutReason.Footer => "the page's footer",
        LeftOutReason.RelatedLinks => "links to other articles",
        LeftOutReason.Comments => "readers' comments",
        LeftOutReason.CookieNotice => "a cookie or consent notice",
        LeftOutReason.ShareBar => "buttons to share the article",
        LeftOutReason.Newsletter => "a newsletter or subscription offer",
        LeftOutReason.Advertising => "advertising",
        LeftOutReason.Sidebar => "a sidebar beside the article",
        LeftOutReason.Form => "a form (search, login, sign-up)",
        LeftOutReason.Headline => "the headline, shown as the article's title",
        LeftOutReason.Byline => "the byline, date or reading time",
        LeftOutReason.LinkList => "a block made mostly of links",
        LeftOutReason.Hidden => "text the page hides from readers",
        LeftOutReason.Repeated => "a block the page shows again, read once",
        LeftOutReason.OutsideArticle => "text elsewhere on the page, outside the article",
        _ => reason.Name(),
    };
}
