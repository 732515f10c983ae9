using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MaliReader.Web.Articles;

/// <summary>
/// Removes the boilerplate that news pages carry (prompts, promotions, empty datelines, link stubs,
/// commercial spam) from an article body, one named rule per pass, recording each removal.
/// The rules describe families of boilerplate, never the strings of particular articles.
/// </summary>
public static partial class BoilerplateCleaner
{
    private static readonly HtmlParser Parser = new();

    // Boilerplate blocks are short; a long block that merely opens like a prompt is prose.
    private const int MaxPromptWords = 25;

    public static CleanedBody Clean(string bodyHtml)
    {
        using var document = Parser.ParseDocument(bodyHtml);
        var removed = new List<RemovedFragment>();

        RemoveLinkStubs(document, removed);

        var paragraphs = new List<string>();
        foreach (var block in TextBlocks(document))
        {
            var text = NormaliseWhitespace(block.TextContent);
            if (text.Length == 0)
            {
                continue;
            }
            if (RuleFor(text) is { } rule)
            {
                removed.Add(new RemovedFragment(text, rule));
                continue;
            }
            paragraphs.Add(text);
        }
        return new CleanedBody(paragraphs, removed);
    }

    /// <summary>The rule that marks a whole block as boilerplate, or null when it is the author's text.</summary>
    public static RemovalRule? RuleFor(string text)
    {
        var spamSignals = SpamSignals.Count(signal => signal.IsMatch(text));
        var prompt = PromptRuleFor(text);
        // A prompt with spam glued to it goes as a whole, recorded as the spam it carries.
        if (spamSignals >= 2 || (spamSignals == 1 && prompt is not null))
        {
            return RemovalRule.CommercialSpam;
        }
        if (EmptyDateline().IsMatch(text))
        {
            return RemovalRule.EmptyDateline;
        }
        return WordCount(text) <= MaxPromptWords ? prompt : null;
    }

    private static RemovalRule? PromptRuleFor(string text)
    {
        foreach (var (rule, pattern) in Prompts)
        {
            if (pattern.IsMatch(text))
            {
                return rule;
            }
        }
        return null;
    }

    /// <summary>Prompts are recognised by how they open: anchored at the start, so prose that mentions sharing or following stays.</summary>
    private static readonly (RemovalRule Rule, Regex Pattern)[] Prompts =
    [
        (RemovalRule.SharePrompt, SharePrompt()),
        (RemovalRule.FollowPrompt, FollowPrompt()),
        (RemovalRule.ReadMorePromotion, ReadMorePromotion()),
        (RemovalRule.NewsletterPrompt, NewsletterPrompt()),
    ];

    /// <summary>Independent signs of selling followers, likes, panels or gambling: one alone may be news, two are an advert.</summary>
    private static readonly Regex[] SpamSignals =
    [
        SmmPanel(),
        SocialMetricsForSale(),
        NetworkMetrics(),
        VerifiedBadge(),
        Gambling(),
        ResellerServices(),
    ];

    /// <summary>Paragraph-level blocks in document order; a list item holding paragraphs is read through them.</summary>
    private static List<IElement> TextBlocks(IDocument document) =>
        document.Body!.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, pre, td")
            .Where(block => block.QuerySelector("p, li, pre, td") is null)
            .ToList();

    /// <summary>
    /// Inline stubs such as "(More details)" or "[Read more]" that stood for a link on the original
    /// page: removed from inside the paragraph, the rest of which is kept.
    /// </summary>
    private static void RemoveLinkStubs(IDocument document, List<RemovedFragment> removed)
    {
        var textNodes = document.Body!.Descendants<IText>().ToList();
        foreach (var node in textNodes)
        {
            var matches = LinkStub().Matches(node.Data);
            if (matches.Count == 0)
            {
                continue;
            }
            foreach (Match match in matches)
            {
                removed.Add(new RemovedFragment(match.Value.Trim(), RemovalRule.LinkStub));
            }
            node.Data = LinkStub().Replace(node.Data, "");
        }
    }

    public static string NormaliseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private const string Networks =
        "facebook|twitter|x|instagram|telegram|whatsapp|linkedin|youtube|tiktok|vk|vkontakte|reddit|pinterest|"
        + "rumble|odysee|gab|threads|mastodon|bluesky|google news|social media|social networks?";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "Posted on", "Published:", "Updated at" with nothing after: a dateline whose date was lost.
    [GeneratedRegex(@"^(posted|published|updated|last updated|first published)(\s+(on|at|by))?\s*:?$", Options)]
    private static partial Regex EmptyDateline();

    // "Share this story on social media:", "Share on Facebook", "Share:", "Tweet this article".
    [GeneratedRegex(@"^(you can |please |click to |feel free to )?(share|tweet|email|forward|repost)(\s+(this|the|our)\s+(story|article|post|page|link|piece|report)|\s+(it|this)?\s*(on|via|with)\s+(" + Networks + @"|your friends)|\s*[:!]?$)", Options)]
    private static partial Regex SharePrompt();

    // "Follow us on X", "Follow RT on Telegram", "Like us:", "Join us on Telegram".
    [GeneratedRegex(@"^(please\s+)?(follow|like|join|find|subscribe to|connect with)\s+(us|me)\b|^(please\s+)?(follow|like|join|subscribe to)\s+\S+(\s+\S+)?\s+(on|at|via)\s+(" + Networks + @")\b", Options)]
    private static partial Regex FollowPrompt();

    // "READ MORE: <headline>", "Also read - <headline>", "Related: <headline>", or the label alone.
    [GeneratedRegex(@"^(read more|more to read|read also|also read|see also|related( stories| articles| coverage| content)?|more on this( story| topic)?|recommended( for you)?|you may also like|you might also like|further reading|editor'?s picks?|trending)(\s*[:|»>–—-]|\s*$)", Options)]
    private static partial Regex ReadMorePromotion();

    // "Sign up for our newsletter", "Subscribe to our daily briefing", "Get the latest news in your inbox".
    [GeneratedRegex(@"^(sign up|subscribe|register|join)\b.*\b(newsletter|briefing|bulletin|mailing list|inbox|e-?mail updates)\b|^(get|receive)\b.*\b(in|to) your inbox\b|^(enter your e-?mail|never miss|don'?t miss)\b", Options)]
    private static partial Regex NewsletterPrompt();

    // "(More details)", "[Read more]", "(Full story)": a bracketed stub standing for a lost link.
    [GeneratedRegex(@"\s*[\(\[]\s*(more details|details|read more|more|full story|see more|continue reading|read the full (story|article)|watch|video|photos?|click here|link)\s*[\)\]]", Options)]
    private static partial Regex LinkStub();

    [GeneratedRegex(@"\bsmm\b|\b(reseller|growth|social media)\s+panel\b", Options)]
    private static partial Regex SmmPanel();

    [GeneratedRegex(@"\b(buy|cheap|cheapest|get free|boost|instant)\b.{0,60}\b(followers|likes|views|subscribers|retweets)\b", Options)]
    private static partial Regex SocialMetricsForSale();

    [GeneratedRegex(@"\b(instagram|tiktok|youtube|facebook|telegram|twitter|spotify|twitch)\s+(likes|followers|views|subscribers|members|services)\b", Options)]
    private static partial Regex NetworkMetrics();

    [GeneratedRegex(@"\b(buy|sell|get)\b.{0,30}\b(verified|verification)\s+badges?\b", Options)]
    private static partial Regex VerifiedBadge();

    [GeneratedRegex(@"\b(online casino|casino bonus|free spins|no deposit bonus|slot machines? online|sports? betting bonus|bet now)\b", Options)]
    private static partial Regex Gambling();

    [GeneratedRegex(@"\b(reseller|cheapest|best and cheapest|wholesale)\b.{0,40}\b(panel|services|provider)\b", Options)]
    private static partial Regex ResellerServices();
}

public sealed record CleanedBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedFragment> Removed);
