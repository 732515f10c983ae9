using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// Recognises the parts of a page that frame an article rather than belong to it, from the
/// page's structure: HTML5 sectioning elements, ARIA landmark roles, and the words that page
/// templates use in class and id names (the same kind of signal Readability's "unlikely
/// candidates" list reads). Names are split into words first, so "commentary" is not "comment".
/// </summary>
public static partial class PageChrome
{
    private static readonly (RemovalRule Reason, Regex Words)[] NameRules =
    [
        (RemovalRule.Hidden, HiddenWords()),
        (RemovalRule.CookieNotice, CookieWords()),
        (RemovalRule.Comments, CommentWords()),
        (RemovalRule.ShareBar, ShareWords()),
        (RemovalRule.Newsletter, NewsletterWords()),
        (RemovalRule.RelatedLinks, RelatedWords()),
        (RemovalRule.Advertising, AdvertisingWords()),
        (RemovalRule.Navigation, NavigationWords()),
        (RemovalRule.Footer, FooterWords()),
        (RemovalRule.SiteHeader, HeaderWords()),
        (RemovalRule.Sidebar, SidebarWords()),
        (RemovalRule.Byline, BylineWords()),
    ];

    /// <summary>What this element is, when it is page furniture; null when nothing marks it.</summary>
    public static RemovalRule? ReasonFor(IElement element)
    {
        // The page's outer elements carry the template's names for everything on it ("has-sidebar",
        // "site-navigation"), so their names say nothing about any one block.
        if (element.LocalName is "body" or "html" or "main")
        {
            return null;
        }
        return ByStructure(element) ?? ByName(element);
    }

    /// <summary>What the element's tag or ARIA role says it is, when that is page furniture.</summary>
    public static RemovalRule? ByStructure(IElement element)
    {
        var byStructure = element.LocalName switch
        {
            "nav" => RemovalRule.Navigation,
            "footer" => RemovalRule.Footer,
            "header" => RemovalRule.SiteHeader,
            "aside" => RemovalRule.Sidebar,
            "form" => RemovalRule.Form,
            _ => (RemovalRule?)null,
        };
        byStructure ??= element.GetAttribute("role")?.Trim().ToLowerInvariant() switch
        {
            "navigation" or "menu" or "menubar" => RemovalRule.Navigation,
            "contentinfo" => RemovalRule.Footer,
            "banner" => RemovalRule.SiteHeader,
            "complementary" => RemovalRule.Sidebar,
            "search" => RemovalRule.Form,
            "alertdialog" or "dialog" => RemovalRule.CookieNotice,
            _ => null,
        };
        return byStructure;
    }

    private static RemovalRule? ByName(IElement element)
    {
        var names = NamesOf(element);
        if (names.Length == 0)
        {
            return null;
        }
        foreach (var (reason, words) in NameRules)
        {
            if (words.IsMatch(names))
            {
                return reason;
            }
        }
        return null;
    }

    /// <summary>The element's class and id as lower-case words separated by spaces: "articleShareBar" → " article share bar ".</summary>
    public static string NamesOf(IElement element)
    {
        var raw = $"{element.GetAttribute("class")} {element.GetAttribute("id")}";
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "";
        }
        var words = CamelHump().Replace(raw, " ");
        return " " + NonLetters().Replace(words, " ").ToLowerInvariant() + " ";
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex CamelHump();

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NonLetters();

    [GeneratedRegex(@" (hidden|invisible|sr only|visually hidden|screen reader text|screenreader|offscreen) ", Options)]
    private static partial Regex HiddenWords();

    [GeneratedRegex(@" (cookies?|cookiebar|consent|gdpr|cmp) ", Options)]
    private static partial Regex CookieWords();

    [GeneratedRegex(@" (comments?|commentlist|commentform|disqus|respond|replies|reply|discussion|talkback) ", Options)]
    private static partial Regex CommentWords();

    [GeneratedRegex(@" (share|shares|sharing|sharebar|sharetools|social|socials|socialshare|sociallinks) ", Options)]
    private static partial Regex ShareWords();

    [GeneratedRegex(@" (newsletter|newsletters|subscribe|subscription|signup|paywall|regwall|registration) ", Options)]
    private static partial Regex NewsletterWords();

    [GeneratedRegex(@" (related|recommended|recommendations|recirc|trending|popular|mostread|most read|most popular|read next|more stories|up next|tags|tag list|topics|taglist) ", Options)]
    private static partial Regex RelatedWords();

    [GeneratedRegex(@" (ad|ads|advert|adverts|advertisement|advertising|adslot|adunit|sponsor|sponsored|promo|promotion|dfp|gpt|banner ad|outstream) ", Options)]
    private static partial Regex AdvertisingWords();

    [GeneratedRegex(@" (nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|skip|skiplink) ", Options)]
    private static partial Regex NavigationWords();

    [GeneratedRegex(@" (footer|colophon|copyright) ", Options)]
    private static partial Regex FooterWords();

    [GeneratedRegex(@" (masthead|topbar|site header|page header|global header) ", Options)]
    private static partial Regex HeaderWords();

    [GeneratedRegex(@" (sidebar|side bar|rail|widget|widgets) ", Options)]
    private static partial Regex SidebarWords();

    [GeneratedRegex(@" (byline|bylines|author|authors|dateline|timestamp|posted on|publish date|pubdate|reading time|read time) ", Options)]
    private static partial Regex BylineWords();
}
