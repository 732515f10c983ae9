using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MaliReader.Web.Articles;

/// <summary>
/// Removes the boilerplate that news pages carry (prompts, promotions, ad-slot labels, empty datelines,
/// link stubs, commercial spam) from an article body, one named rule per pass, recording each removal
/// and where it stood. The rules describe families of boilerplate, never the strings of particular articles.
/// When a rule changes, bump <see cref="ArticleReader.RulesVersion"/> so stored articles are cleaned again.
/// </summary>
public static partial class BoilerplateCleaner
{
    private static readonly HtmlParser Parser = new();

    // Boilerplate blocks are short; a long block that merely opens like a prompt is prose.
    private const int MaxPromptWords = 25;

    private const int MaxOfferWords = 8;

    // Longer than this, a block is the author's prose whatever it opens with (the longest advert line seen
    // is a few hundred characters); it also bounds what any rule's regex is run on.
    private const int MaxBoilerplateChars = 1_000;

    // A link stub is a few words at the very end of a block: only the block's tail is searched for one.
    private const int StubSearchChars = 160;

    /// <summary>Cleans a body given as blocks of text (paragraphs as written), in order.</summary>
    public static CleanedBody Clean(IEnumerable<string> blocks)
    {
        var paragraphs = new List<string>();
        var removed = new List<RemovedFragment>();
        foreach (var block in blocks)
        {
            var text = NormaliseWhitespace(block);
            if (text.Length == 0)
            {
                continue;
            }
            if (RuleFor(text) is { } rule)
            {
                removed.Add(new RemovedFragment(text, rule, paragraphs.Count + 1));
                continue;
            }
            var tailStart = Math.Max(0, text.Length - StubSearchChars);
            if (TrailingLinkStub().Match(text, tailStart) is { Success: true } stub)
            {
                var cut = stub.Groups["stub"];
                paragraphs.Add(text.Remove(cut.Index, cut.Length));
                removed.Add(new RemovedFragment(cut.Value.TrimStart(), RemovalRule.LinkStub, paragraphs.Count, cut.Index));
                continue;
            }
            paragraphs.Add(text);
        }
        return new CleanedBody(paragraphs, removed);
    }

    /// <summary>
    /// Cleans a body given as simple HTML of blocks (as a web page's extracted article is). Every text node
    /// counts: the text a block holds outside its nested blocks (a list item's own words before its sub-list)
    /// is a block of its own, so no words are lost to nesting.
    /// </summary>
    public static CleanedBody Clean(string bodyHtml)
    {
        using var document = Parser.ParseDocument(bodyHtml);
        return Clean(HtmlBlocks(document.Body!));
    }

    /// <summary>The rule that marks a whole block as boilerplate, or null when it is the author's text.</summary>
    public static RemovalRule? RuleFor(string text)
    {
        if (text.Length > MaxBoilerplateChars)
        {
            return null;
        }
        var matchable = ForMatching(text);
        if (LinkStubAlone().IsMatch(matchable))
        {
            return RemovalRule.LinkStub;
        }
        if (AdSlotLabel().IsMatch(matchable))
        {
            return RemovalRule.AdSlotLabel;
        }
        var prompt = PromptRuleFor(matchable);
        if (IsAdvert(matchable, prompt is not null))
        {
            return RemovalRule.CommercialSpam;
        }
        if (EmptyDateline().IsMatch(matchable))
        {
            return RemovalRule.EmptyDateline;
        }
        return WordCount(matchable) <= MaxPromptWords ? prompt : null;
    }

    /// <summary>
    /// Commercial spam, told from news about it by voice: independent selling signals (two, or one glued to
    /// a prompt) in a line that reports nothing, or a line made only of short offers separated by ticks or
    /// bullets, most of which come from one family of goods.
    /// </summary>
    private static bool IsAdvert(string text, bool isPrompt)
    {
        if (IsOfferList(text))
        {
            return true;
        }
        var signals = SpamSignals.Count(signal => signal.IsMatch(text));
        return (signals >= 2 || (signals == 1 && isPrompt)) && !ReportingVoice().IsMatch(text);
    }

    private static bool IsOfferList(string text)
    {
        var offers = OfferSeparator().Split(text).Where(offer => offer.Any(char.IsLetterOrDigit)).ToList();
        // An offer is a few words; a long segment is a sentence, and a line holding one is prose.
        if (offers.Count < 2 || offers.Any(offer => WordCount(offer.Trim()) > MaxOfferWords))
        {
            return false;
        }
        return OfferFamilies.Any(family =>
        {
            var fromFamily = offers.Count(family.IsMatch);
            return fromFamily >= 2 && fromFamily * 2 > offers.Count;
        });
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

    /// <summary>
    /// The text the rules read: every apostrophe and quotation mark as its ASCII form, and the emphasis
    /// and list or heading marks a writer may put around a label ("**Read more:**", "- Share this") left out.
    /// </summary>
    public static string ForMatching(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '\u2032' or '\u00B4' or '`' or '\uFF07' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\uFF02' => '"',
                '*' or '_' => ' ',
                _ => c,
            });
        }
        return NormaliseWhitespace(LeadingMarks().Replace(folded.ToString(), ""));
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

    /// <summary>What one offer in a list of offers names, by family of goods.</summary>
    private static readonly Regex[] OfferFamilies =
    [
        GamblingOffer(),
        SocialMetricsOffer(),
        PharmacyOffer(),
        LoanOffer(),
    ];

    /// <summary>
    /// Text blocks in document order, read without recursion so no depth of nesting can exhaust the stack:
    /// entering or leaving a block element ends the block being read.
    /// </summary>
    private static List<string> HtmlBlocks(IElement root)
    {
        var blocks = new List<string>();
        var text = new StringBuilder();
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }
            if (node is not IElement element)
            {
                continue;
            }
            if (element.LocalName == "br")
            {
                text.Append(' ');
                continue;
            }
            var isBlock = BlockElements.Contains(element.LocalName);
            if (isBlock)
            {
                Flush();
            }
            if (leaving)
            {
                continue;
            }
            if (isBlock)
            {
                pending.Push((element, true));
            }
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (text.Length > 0)
            {
                blocks.Add(text.ToString());
                text.Clear();
            }
        }
    }

    private static readonly HashSet<string> BlockElements =
    [
        "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre", "blockquote",
        "figure", "figcaption", "table", "caption", "tr", "td", "th", "div", "section", "article", "header",
        "footer", "aside", "main", "nav", "hr",
    ];

    public static string NormaliseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Source-generated backtracking regexes: built at compile time, and bounded because whole-block rules only
    // ever see blocks up to MaxBoilerplateChars and the stub search only a block's tail.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Networks =
        "facebook|twitter|x|instagram|telegram|whatsapp|linkedin|youtube|tiktok|vk|vkontakte|reddit|pinterest|"
        + "rumble|odysee|gab|threads|mastodon|bluesky|google news|social media|social networks?";

    private const string StubWords =
        "more details|details|read more|more|full story|see more|continue reading|read the full (story|article)|"
        + "watch|video|photos?|click here|link";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[\s#>•·\-–—]+")]
    private static partial Regex LeadingMarks();

    // "Posted on", "Published:", "Updated at" with nothing after: a dateline whose date was lost.
    [GeneratedRegex(@"^(posted|published|updated|last updated|first published)(\s+(on|at|by))?\s*:?$", Options)]
    private static partial Regex EmptyDateline();

    // "ADVERTISEMENT", "Sponsored content", "Story continues below advertisement": the label of an ad slot, alone.
    [GeneratedRegex(@"^(advertisements?|advertising|advert|ads?|sponsored( content| post| stories| links?)?|promoted( content| stories| post)?|"
        + @"paid (content|post|partnership|promotion)|partner content|(the )?(story|article|text) continues (below|after (the|this) (ad|advertisement))( advertisement)?|"
        + @"continue reading (below|after the (ad|advertisement))|scroll (down )?to continue( reading| with content)?)\s*[:.\-–—]?$", Options)]
    private static partial Regex AdSlotLabel();

    // "Share this story on social media:", "Share on Facebook", "Share:", "Tweet this article".
    [GeneratedRegex(@"^(you can |please |click to |feel free to )?(share|tweet|email|forward|repost)(\s+(this|the|our)\s+(story|article|post|page|link|piece|report)|\s+(it|this)?\s*(on|via|with)\s+(" + Networks + @"|your friends)|\s*[:!]?$)", Options)]
    private static partial Regex SharePrompt();

    // "Follow us on X", "Follow RT on Telegram", "Like us on Facebook", "Join our channel on Telegram", "Follow us:".
    // The prompt needs what it prompts toward: "Join us at the table" and "Like me, many traders" are prose.
    [GeneratedRegex(@"^(please\s+)?(follow|like|join|find|subscribe to|connect with)\s+(us|me)(\s+(on|at|via)\s+(" + Networks + @")\b|\s+@\w|\s*[:!.]?$|\s+for\s+(more|the latest|updates|news)\b)"
        + @"|^(please\s+)?(follow|subscribe to)\s+\S+(\s+\S+)?\s+(on|at|via)\s+(" + Networks + @")\b"
        + @"|^(please\s+)?(like|join|follow)\s+(our|my)\s+(page|channel|group|community|account)\b", Options)]
    private static partial Regex FollowPrompt();

    // "READ MORE: <headline>", "Also read - <headline>", "Don't miss: <headline>", or the label alone.
    [GeneratedRegex(@"^(read more|more to read|read also|also read|see also|related( stories| articles| coverage| content)?|more on this( story| topic)?|recommended( for you| reading)?|you may also like|you might also like|further reading|editor'?s picks?|trending|"
        + @"don'?t miss|must read|read next|up next|in case you missed it)(\s*[:|»>–—-]|\s*$)", Options)]
    private static partial Regex ReadMorePromotion();

    // "Sign up for our newsletter", "Click here to subscribe to our newsletter", "Get the latest news in your inbox",
    // "Never miss a story". "Never miss a chance to…" is prose: the prompt needs what it prompts toward.
    [GeneratedRegex(@"^((click|tap) (here|below|the (link|button)( below)?) (to|and) |please |you can |why not )?(sign up|subscribe|register|join)\b.*\b(newsletters?|briefing|bulletin|mailing list|inbox|e-?mail (updates|alerts))\b"
        + @"|^(get|receive)\b.*\b(in|to) your inbox\b|^enter your e-?mail\b"
        + @"|^(never|don'?t) miss (a|an|another|any|the|our|the latest)?\s*(story|stories|update|updates|article|articles|issue|edition|newsletter|headlines?|news|scoop|episode)\b", Options)]
    private static partial Regex NewsletterPrompt();

    // "(More details)" or "[Read more](https://…)" alone: a stub standing for a lost link.
    [GeneratedRegex(@"^[\(\[]\s*(" + StubWords + @")\s*[\)\]](\(\S*\))?$", Options)]
    private static partial Regex LinkStubAlone();

    // A stub at the very end of a block, after a space, before at most a full stop. Inside a sentence or a
    // quotation ("reached the base (photo) at dawn", "has [more] to answer for,”) the words are the author's.
    [GeneratedRegex(@"(?<stub>\s+[\(\[]\s*(" + StubWords + @")\s*[\)\]](\(\S*\))?)[.!]?$", Options)]
    private static partial Regex TrailingLinkStub();

    // Attribution and the vocabulary of reporting: a line that says who said or did what is news, not an advert.
    [GeneratedRegex(@"\b(said|says|told|according to|reported|reports|alleged(ly)?|accused|charged|arrested|convicted|investigat\w*|prosecutors?|police|court|officials?|study|researchers?)\b", Options)]
    private static partial Regex ReportingVoice();

    // Ticks, checks, bullets and bars that separate the offers of an advert line.
    [GeneratedRegex(@"[✓✔☑✅•·|★☆⭐►▶➤✦✪➕✚]")]
    private static partial Regex OfferSeparator();

    [GeneratedRegex(@"\b(casinos?|slots?|jackpots?|spins?|bets?|betting|bookmakers?|poker|roulette|blackjack|deposits?|withdrawals?|payouts?|odds|wager\w*)\b", Options)]
    private static partial Regex GamblingOffer();

    [GeneratedRegex(@"\b(followers|likes|views|subscribers|retweets|smm|panel|verified badges?|verification)\b", Options)]
    private static partial Regex SocialMetricsOffer();

    [GeneratedRegex(@"\b(pills?|pharmacy|prescriptions?|viagra|cialis|tablets|dosage)\b", Options)]
    private static partial Regex PharmacyOffer();

    [GeneratedRegex(@"\b(loans?|payday|credit|lenders?|approval|apr)\b", Options)]
    private static partial Regex LoanOffer();

    [GeneratedRegex(@"\bsmm\b|\b(reseller|growth|social media)\s+panel\b", Options)]
    private static partial Regex SmmPanel();

    [GeneratedRegex(@"\b(buy|cheap|cheapest|get free|boost|instant)\b.{0,60}\b(followers|likes|views|subscribers|retweets)\b", Options)]
    private static partial Regex SocialMetricsForSale();

    [GeneratedRegex(@"\b(instagram|tiktok|youtube|facebook|telegram|twitter|spotify|twitch)\s+(likes|followers|views|subscribers|members|services)\b", Options)]
    private static partial Regex NetworkMetrics();

    [GeneratedRegex(@"\b(buy|sell|get)\b.{0,30}\b(verified|verification)\s+badges?\b", Options)]
    private static partial Regex VerifiedBadge();

    [GeneratedRegex(@"\b(online casino|casino bonus|free spins|no deposit bonus|slot machines? online|slots online|sports? betting bonus|bet now)\b", Options)]
    private static partial Regex Gambling();

    [GeneratedRegex(@"\b(reseller|cheapest|best and cheapest|wholesale)\b.{0,40}\b(panel|services|provider)\b", Options)]
    private static partial Regex ResellerServices();
}

public sealed record CleanedBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedFragment> Removed);
