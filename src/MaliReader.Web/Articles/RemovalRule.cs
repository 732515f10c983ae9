namespace MaliReader.Web.Articles;

/// <summary>
/// Why a fragment is not among the article's paragraphs: either the cleaner removed it (the first
/// members, for every article) or extraction left it out of a saved web page (from <see cref="Navigation"/>
/// on). Serialised in kebab case ("share-prompt"); stored by number, so members are only ever appended.
/// </summary>
public enum RemovalRule
{
    CommercialSpam,
    SharePrompt,
    FollowPrompt,
    ReadMorePromotion,
    NewsletterPrompt,
    EmptyDateline,
    LinkStub,
    AdSlotLabel,

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
    Caption,
    Teasers,
    GalleryControls,
    DrawingText,
}

public static class RemovalRuleText
{
    /// <summary>The rule's name as the API gives it: "share-prompt".</summary>
    public static string Name(this RemovalRule rule) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(rule.ToString());

    /// <summary>The rule's name for a heading: "Related links".</summary>
    public static string Label(this RemovalRule rule)
    {
        var words = rule.Name().Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>True for what extraction left out of a saved web page, false for what the cleaner removed.</summary>
    public static bool IsLeftOutOfPage(this RemovalRule rule) => rule >= RemovalRule.Navigation;

    /// <summary>Why the rule removes what it removes, for readers.</summary>
    public static string Explanation(this RemovalRule rule) => rule switch
    {
        RemovalRule.CommercialSpam => "advertising for followers, likes, SMM panels, gambling, pills or loans",
        RemovalRule.SharePrompt => "a prompt to share the article",
        RemovalRule.FollowPrompt => "a prompt to follow the publisher elsewhere",
        RemovalRule.ReadMorePromotion => "a promotion of another article",
        RemovalRule.NewsletterPrompt => "a newsletter sign-up prompt",
        RemovalRule.EmptyDateline => "a dateline without its date",
        RemovalRule.LinkStub => "a stub left by a link that is not here",
        RemovalRule.AdSlotLabel => "the label of an advertising slot",
        RemovalRule.Navigation => "the site's menus and navigation",
        RemovalRule.SiteHeader => "the site's header",
        RemovalRule.Footer => "the page's footer",
        RemovalRule.RelatedLinks => "links to other articles",
        RemovalRule.Comments => "readers' comments",
        RemovalRule.CookieNotice => "a cookie or consent notice",
        RemovalRule.ShareBar => "buttons to share the article",
        RemovalRule.Newsletter => "a newsletter or subscription offer",
        RemovalRule.Advertising => "advertising",
        RemovalRule.Sidebar => "a sidebar beside the article",
        RemovalRule.Form => "a form (search, login, sign-up)",
        RemovalRule.Headline => "the headline, shown as the article's title",
        RemovalRule.Byline => "the byline, date or reading time",
        RemovalRule.LinkList => "a block made mostly of links",
        RemovalRule.Hidden => "text the page hides from readers",
        RemovalRule.Repeated => "a block the page shows again, read once",
        RemovalRule.OutsideArticle => "text elsewhere on the page, outside the article",
        RemovalRule.Caption => "a picture's caption or credit",
        RemovalRule.Teasers => "headlines of other articles inside the article",
        RemovalRule.GalleryControls => "the buttons and picture counts of a gallery or slideshow",
        RemovalRule.DrawingText => "the words of a drawing or formula in the page (its labels), which read only with the picture",
        _ => rule.Name(),
    };
}
