using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>The article's blocks in page order, and every other block of visible text with why it was left out.</summary>
public sealed record Extraction(IReadOnlyList<PageBlock> Article, IReadOnlyList<LeftOutBlock> LeftOut);

/// <summary>
/// Finds the article in a page. SmartReader (Mozilla Readability's algorithm) chooses the
/// article's container by text and comma density and drops what scores like clutter; each run of
/// text is tagged with a private-use marker first, so what it keeps maps back to the page's own
/// blocks whatever it renames. Then the page's structure closes the gap: blocks inside landmarks or
/// named page furniture (share bars, related links, bylines, ...) that sit inside the article's
/// container are left out too, and every block not kept is recorded with the reason its
/// surroundings give.
/// </summary>
public static partial class ArticleExtractor
{
    private const char MarkerStart = '\uE000';
    private const char MarkerEnd = '\uE001';

    // A container holding at least this share of the article's text is the article, not furniture
    // inside it, whatever its class names say.
    private const double ArticleShare = 0.5;

    // Above this share of linked text a block left outside the article is a list of links.
    private const double LinkListDensity = 0.5;

    public static Extraction Extract(IHtmlDocument document, string? url, string title)
    {
        var blocks = PageBlocks.Of(document.Body!);
        // Readability strips class and id attributes as it goes, so the page's signals are read first.
        var chrome = new Dictionary<IElement, RemovalRule?>();
        foreach (var block in blocks)
        {
            // Chains share their outer links: once one element is known, so is everything above it.
            foreach (var element in block.Ancestors.TakeWhile(element => !chrome.ContainsKey(element)))
            {
                chrome[element] = PageChrome.ReasonFor(element);
            }
        }
        var namedGalleries = chrome.Keys.Where(Galleries.IsNamedAGallery).ToList();
        var excerpts = ExcerptsInCards(blocks);
        foreach (var wrapper in WrappersOfQuotedPosts(blocks, chrome))
        {
            chrome[wrapper] = null;
        }

        foreach (var block in blocks)
        {
            if (block.FirstText is { } text && block.Kind is not (BlockKind.Hidden or BlockKind.Control or BlockKind.Drawing))
            {
                text.Data = $"{MarkerStart}{block.Index.ToString(CultureInfo.InvariantCulture)}{MarkerEnd}{text.Data}";
            }
        }
        var kept = KeptByReadability(document, url);
        // Listed first, so that a quotation's place in the flow is judged by what Readability kept, not by other quotations.
        kept.UnionWith(QuotationsInTheFlow(blocks, kept).ToList());
        if (blocks.Where(block => kept.Contains(block.Index)).Sum(block => block.WordCount) < WebPageReader.MinArticleWords)
        {
            // Readability found too little to be an article; before the page is refused as holding none, its own
            // prose is tried instead.
            var prose = ProseOfThePage(blocks);
            if (prose.Sum(block => block.WordCount) >= WebPageReader.MinArticleWords)
            {
                kept = prose.Select(block => block.Index).ToHashSet();
            }
        }

        var keptChars = KeptCharsPerElement(blocks, kept);
        var totalKept = blocks.Where(block => kept.Contains(block.Index)).Sum(block => block.Text.Length);

        var region = ArticleRegion(blocks, kept, keptChars, totalKept);

        var cards = new TeaserCards(blocks);
        var article = new List<PageBlock>();
        var leftOut = new List<LeftOutBlock>();
        var normalisedTitle = Comparable(title);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var galleries = new Galleries(namedGalleries.Where(element => keptChars.GetValueOrDefault(element) < totalKept * ArticleShare));
        foreach (var block in blocks)
        {
            var reason = block.Kind switch
            {
                BlockKind.Hidden => RemovalRule.Hidden,
                BlockKind.Drawing => RemovalRule.DrawingText,
                BlockKind.Control => NearestChrome(block, chrome) ?? RemovalRule.Form,
                // Readability drops a heading that repeats the title; the reader shows it as the title either way.
                BlockKind.Heading when Comparable(block.Text) == normalisedTitle => RemovalRule.Headline,
                _ when kept.Contains(block.Index) => ReasonInsideArticle(block, chrome, keptChars, totalKept),
                _ when region is not null && IsProseInRegion(block, region, chrome) => null,
                _ => NearestChrome(block, chrome) ?? (block.LinkDensity > LinkListDensity ? RemovalRule.LinkList : RemovalRule.OutsideArticle),
            };
            // A caption shown twice (a gallery and its lightbox) is read once; other text may repeat on purpose,
            // but not a paragraph of prose straight after itself (a caption outside figure markup, doubled the same way).
            if (reason is null && block.Kind == BlockKind.Caption && !seen.Add(block.Text))
            {
                reason = RemovalRule.Repeated;
            }
            if (reason is null && block.Kind == BlockKind.Paragraph && block.WordCount >= MinRepeatedWords && article.Count > 0 && article[^1].Text == block.Text)
            {
                reason = RemovalRule.Repeated;
            }
            if (reason is null && (cards.IsSummaryInACard(block) || excerpts.Contains(block.Index)))
            {
                reason = RemovalRule.Teasers;
            }
            if (reason is null && IsGalleryControl(block, galleries))
            {
                reason = RemovalRule.GalleryControls;
            }
            else if (reason is null && galleries.Contains(block) && !shown.Add(block.Text))
            {
                reason = RemovalRule.Repeated;
            }
            if (block.Kind is not (BlockKind.Hidden or BlockKind.Control or BlockKind.Drawing))
            {
                shown.Add(block.Text);
            }
            if (reason is { } why)
            {
                leftOut.Add(new LeftOutBlock(block.Text, why, article.Count));
            }
            else
            {
                article.Add(block);
            }
        }
        return LeaveOutTeasersAndCaptions(article, leftOut);
    }

    // A paragraph of this many words shown twice in a row is the same caption again, not the article saying it twice.
    private const int MinRepeatedWords = 8;

    // A block whose text is nearly all link is a headline pointing elsewhere, not the article's prose.
    private const double TeaserLinkDensity = 0.9;

    /// <summary>
    /// What Readability keeps inside the article's container that is not the article's text: captions and
    /// credits of pictures, blocks that are only a link (headlines of other articles), and a heading whose
    /// section keeps nothing (the title of such a list). The left-out records keep page order.
    /// </summary>
    private static Extraction LeaveOutTeasersAndCaptions(List<PageBlock> candidates, List<LeftOutBlock> leftOutBefore)
    {
        var reasons = new RemovalRule?[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var block = candidates[i];
            reasons[i] = block.Kind switch
            {
                BlockKind.Caption => RemovalRule.Caption,
                BlockKind.Heading => null,
                _ when block.LinkDensity >= TeaserLinkDensity => RemovalRule.Teasers,
                BlockKind.Paragraph when IsAddress(block.Text) || IsTimestamp(block) => RemovalRule.Byline,
                BlockKind.Paragraph when IsCaptionOutsideFigure(block) => RemovalRule.Caption,
                _ => null,
            };
        }
        // Backwards, so a heading knows whether anything of its section was kept.
        var sectionKept = false;
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (candidates[i].Kind == BlockKind.Heading)
            {
                if (!sectionKept && i < candidates.Count - 1)
                {
                    reasons[i] = RemovalRule.Teasers;
                }
                sectionKept = false;
            }
            else if (reasons[i] is null)
            {
                sectionKept = true;
            }
        }
        // Nothing to leave out; or everything, when the page is a gallery or an index, which the reader then refuses as such.
        if (reasons.All(reason => reason is null) || reasons.All(reason => reason is not null))
        {
            return new Extraction(candidates, leftOutBefore);
        }

        var article = new List<PageBlock>();
        var leftOut = new List<LeftOutBlock>();
        var earlier = 0;
        for (var i = 0; i <= candidates.Count; i++)
        {
            for (; earlier < leftOutBefore.Count && leftOutBefore[earlier].ArticleBlocksBefore <= i; earlier++)
            {
                leftOut.Add(leftOutBefore[earlier] with { ArticleBlocksBefore = article.Count });
            }
            if (i == candidates.Count)
            {
                break;
            }
            if (reasons[i] is { } reason)
            {
                leftOut.Add(new LeftOutBlock(candidates[i].Text, reason, article.Count));
            }
            else
            {
                article.Add(candidates[i]);
            }
        }
        return new Extraction(article, leftOut);
    }

    /// <summary>
    /// How many characters of kept text each element holds. Summed up the tree a level at a time, deepest
    /// first, so the work is one step per element, not one per element per block below it.
    /// </summary>
    private static Dictionary<IElement, int> KeptCharsPerElement(List<PageBlock> blocks, HashSet<int> kept)
    {
        var chars = new Dictionary<ElementChain, int>();
        foreach (var block in blocks.Where(block => kept.Contains(block.Index)))
        {
            chars[block.Ancestors] = chars.GetValueOrDefault(block.Ancestors) + block.Text.Length;
        }
        var byDepth = new PriorityQueue<ElementChain, int>(chars.Keys.Select(chain => (chain, -chain.Depth)));
        var perElement = new Dictionary<IElement, int>();
        while (byDepth.TryDequeue(out var chain, out _))
        {
            if (perElement.ContainsKey(chain.Element))
            {
                continue;
            }
            var total = chars[chain];
            perElement[chain.Element] = total;
            if (chain.Parent is { } parent)
            {
                if (!chars.TryGetValue(parent, out var above))
                {
                    byDepth.Enqueue(parent, -parent.Depth);
                }
                chars[parent] = above + total;
            }
        }
        return perElement;
    }

    private static HashSet<int> KeptByReadability(IHtmlDocument document, string? url)
    {
        using var reader = new SmartReader.Reader(url ?? "https://localhost/", document);
        var result = reader.GetArticle();
        var kept = new HashSet<int>();
        if (string.IsNullOrEmpty(result.Content))
        {
            return kept;
        }
        foreach (Match marker in Marker().Matches(result.Content))
        {
            kept.Add(int.Parse(marker.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
        }
        return kept;
    }

    /// <summary>
    /// The &lt;article&gt; element around all the text Readability kept, when the page marks one up.
    /// Readability keeps one container and its high-scoring siblings, so an article split into
    /// several chunks loses the rest; outside a marked-up article, prose is too often teasers.
    /// </summary>
    private static IElement? ArticleRegion(List<PageBlock> blocks, HashSet<int> kept, Dictionary<IElement, int> keptChars, int totalKept)
    {
        if (totalKept == 0)
        {
            return null;
        }
        // The page as it was, not as Readability rearranged it: ancestors come from the blocks' snapshot.
        var chain = blocks.First(block => kept.Contains(block.Index)).Ancestors;
        var container = chain.Select((element, index) => (element, index)).First(pair => keptChars.GetValueOrDefault(pair.element) == totalKept);
        var outer = chain.Skip(container.index).TakeWhile(element => element.LocalName is not ("body" or "html")).ToList();
        return outer.Find(element => element.LocalName == "article");
    }

    // Prose left out by Readability is taken back only when it reads like the article's own
    // paragraphs: a sentence or more, few links, and nothing around it that marks page furniture.
    private const int MinRescuedWords = 12;
    private const double MaxRescuedLinkDensity = 0.25;

    private static bool IsProseInRegion(PageBlock block, IElement region, Dictionary<IElement, RemovalRule?> chrome)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem) || block.WordCount < MinRescuedWords || block.LinkDensity > MaxRescuedLinkDensity)
        {
            return false;
        }
        foreach (var element in block.Ancestors)
        {
            if (element == region)
            {
                return true;
            }
            if (chrome[element] is not null)
            {
                return false;
            }
        }
        return false;
    }

    private static RemovalRule? NearestChrome(PageBlock block, Dictionary<IElement, RemovalRule?> chrome) =>
        block.Ancestors.Select(element => chrome[element]).FirstOrDefault(reason => reason is not null);

    /// <summary>Why a block Readability kept is still not the article, or null when it is.</summary>
    private static RemovalRule? ReasonInsideArticle(PageBlock block, Dictionary<IElement, RemovalRule?> chrome,
        Dictionary<IElement, int> keptChars, int totalKept)
    {
        foreach (var element in block.Ancestors)
        {
            if (keptChars.GetValueOrDefault(element) >= totalKept * ArticleShare)
            {
                return null;
            }
            if (chrome[element] is { } reason)
            {
                // A header inside the article holds its headline and byline, not the site's masthead.
                return reason == RemovalRule.SiteHeader ? RemovalRule.Byline : reason;
            }
        }
        return null;
    }

    // A line of prose, not a label or a button.
    private const int MinProseWords = 6;

    /// <summary>
    /// The page's prose where most of it is: blocks of running text with few links, inside the deepest element
    /// that holds at least half of the words of all such blocks on the page. Empty when the page has none. Furniture
    /// inside that element is left out afterwards as it is inside the container Readability picks; outside it, the
    /// page's outer wrappers are often named for what sits beside the article ("has-sidebar").
    /// </summary>
    public static List<PageBlock> ProseOfThePage(List<PageBlock> blocks)
    {
        var prose = blocks
            .Where(block => block.Kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem
                && block.WordCount >= MinProseWords && block.LinkDensity <= MaxRescuedLinkDensity)
            .ToList();
        var wordsUnder = new Dictionary<IElement, int>();
        foreach (var block in prose)
        {
            foreach (var element in block.Ancestors)
            {
                wordsUnder[element] = wordsUnder.GetValueOrDefault(element) + block.WordCount;
            }
        }
        var total = prose.Sum(block => block.WordCount);
        ElementChain? container = null;
        foreach (var block in prose)
        {
            for (var link = block.Ancestors; link is not null; link = link.Parent)
            {
                if (wordsUnder[link.Element] * 2 >= total)
                {
                    if (container is null || link.Depth > container.Depth)
                    {
                        container = link;
                    }
                    break;
                }
            }
        }
        return container is null ? [] : prose.Where(block => block.Ancestors.Contains(container.Element)).ToList();
    }

    /// <summary>
    /// The blocks of each blockquote that is part of the article's flow: Readability kept some of it, or
    /// kept the text right before and right after it. Readability scores a quotation's lines one by one and
    /// drops the short ones (a quoted post's author and date, a one-line post), which leaves it in pieces.
    /// </summary>
    private static IEnumerable<int> QuotationsInTheFlow(List<PageBlock> blocks, HashSet<int> kept)
    {
        var quotations = blocks
            .Where(block => block.Kind == BlockKind.Quote)
            .GroupBy(block => block.Ancestors.FirstOrDefault(element => element.LocalName == "blockquote"))
            .Where(group => group.Key is not null);
        foreach (var quotation in quotations)
        {
            var first = quotation.Min(block => block.Index);
            var last = quotation.Max(block => block.Index);
            var before = first - 1;
            while (before >= 0 && !IsVisibleText(blocks[before]))
            {
                before--;
            }
            var after = last + 1;
            while (after < blocks.Count && !IsVisibleText(blocks[after]))
            {
                after++;
            }
            var inFlow = quotation.Any(block => kept.Contains(block.Index)) || (kept.Contains(before) && kept.Contains(after));
            if (inFlow)
            {
                foreach (var block in quotation)
                {
                    yield return block.Index;
                }
            }
        }

        static bool IsVisibleText(PageBlock block) => block.Kind is not (BlockKind.Hidden or BlockKind.Control or BlockKind.Drawing);
    }

    // A gallery's buttons are a word or two ("Caption", "Close", "Next"); its captions and credits are longer.
    private const int MaxGalleryControlWords = 2;

    // "Image 1 of 5", "3 / 12", "Foto 2 de 9": where a gallery or a paginated article stands in its series.
    private const int MaxCounterWords = 4;

    /// <summary>
    /// A gallery's own controls: the count of where it stands ("Image 1 of 5"), anywhere on the page, and
    /// any block of a word or two inside an element named as a gallery, slideshow, carousel or lightbox.
    /// </summary>
    private static bool IsGalleryControl(PageBlock block, Galleries galleries) =>
        block.Kind is not (BlockKind.Heading or BlockKind.Hidden or BlockKind.Control or BlockKind.Drawing)
        && ((block.WordCount <= MaxCounterWords && PositionInASeries().IsMatch(block.Text))
            || (block.Kind is BlockKind.Paragraph && block.WordCount <= MaxGalleryControlWords && galleries.Contains(block)));

    /// <summary>
    /// The galleries of pictures among <paramref name="elements"/>, which are named as galleries and do not hold the
    /// article (whose outer elements may be named for a gallery somewhere inside, "has-gallery").
    /// </summary>
    private sealed class Galleries(IEnumerable<IElement> elements)
    {
        private readonly HashSet<IElement> _galleries = elements.ToHashSet();

        /// <summary>Whether the element's class or id names it a gallery, by a word anywhere in a name ("inlinegallery").</summary>
        public static bool IsNamedAGallery(IElement element) =>
            element.LocalName is not ("body" or "html" or "main") && GalleryName().IsMatch(PageChrome.NamesOf(element));

        public bool Contains(PageBlock block) => _galleries.Count > 0 && block.Ancestors.Any(_galleries.Contains);
    }

    [GeneratedRegex(@"gallery|galleries|slideshow|carousel|lightbox", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GalleryName();

    // An optional word ("Image", "Photo", "Slide"), then a number, "of" (in a few languages) or a slash, and a number.
    [GeneratedRegex(@"^(\p{L}+ )?\d{1,3} ?(of|de|di|von|sur|из|/) ?\d{1,3}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex PositionInASeries();

    /// <summary>
    /// Elements named like furniture ("social", "widget", "embed") that hold nothing but one blockquote: a
    /// post from elsewhere that the article quotes, wrapped by the template that embeds it. A share bar or a
    /// widget of the page's own has buttons, links or headings of its own beside any quotation.
    /// Elements that are furniture by their tag or role, or hidden by their names, stay what they are.
    /// </summary>
    private static List<IElement> WrappersOfQuotedPosts(List<PageBlock> blocks, Dictionary<IElement, RemovalRule?> chrome)
    {
        var blocksUnder = new Dictionary<IElement, int>();
        foreach (var block in blocks)
        {
            foreach (var element in block.Ancestors)
            {
                blocksUnder[element] = blocksUnder.GetValueOrDefault(element) + 1;
            }
        }
        var wrappers = new List<IElement>();
        foreach (var block in blocks.Where(block => block.Kind == BlockKind.Quote))
        {
            var quote = block.Ancestors.FirstOrDefault(element => element.LocalName == "blockquote");
            if (quote is null)
            {
                continue;
            }
            foreach (var element in block.Ancestors.SkipWhile(element => element != quote).Skip(1))
            {
                if (blocksUnder[element] != blocksUnder[quote])
                {
                    break;
                }
                if (chrome[element] is { } reason && reason != RemovalRule.Hidden && PageChrome.ByStructure(element) is null)
                {
                    wrappers.Add(element);
                }
            }
        }
        return wrappers;
    }

    /// <summary>
    /// Cut-off excerpts of other articles: paragraphs that end in an ellipsis, each in a card of its own
    /// (the nearest container above the paragraph with a sibling of the same tag and class), two or more
    /// such cards side by side. An article's own paragraph that trails off sits among its other paragraphs,
    /// not alone in one of a row of like containers.
    /// </summary>
    private static HashSet<int> ExcerptsInCards(List<PageBlock> blocks)
    {
        var cardsByRow = new Dictionary<IElement, HashSet<IElement>>();
        var excerptsByRow = new Dictionary<IElement, List<int>>();
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Paragraph || !Truncated().IsMatch(block.Text))
            {
                continue;
            }
            var card = block.Ancestors.Skip(1).FirstOrDefault(HasALikeSibling);
            if (card?.ParentElement is not { } row)
            {
                continue;
            }
            (cardsByRow.TryGetValue(row, out var cards) ? cards : cardsByRow[row] = []).Add(card);
            (excerptsByRow.TryGetValue(row, out var excerpts) ? excerpts : excerptsByRow[row] = []).Add(block.Index);
        }
        return cardsByRow.Where(row => row.Value.Count >= 2).SelectMany(row => excerptsByRow[row.Key]).ToHashSet();
    }

    private static bool HasALikeSibling(IElement element)
    {
        if (element.LocalName is "body" or "html" || element.ParentElement is not { } parent)
        {
            return false;
        }
        var kind = FirstClass(element);
        return parent.Children.Any(sibling => sibling != element && sibling.LocalName == element.LocalName && FirstClass(sibling) == kind);
    }

    // Cards of one list share the template's first class and differ after it (the item's number, its categories).
    private static string FirstClass(IElement element) =>
        element.GetAttribute("class")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    // A line saying when the page was published or updated is short and holds a clock time beside a date.
    private const int MaxTimestampWords = 12;
    private const int MaxBareTimeWords = 6;

    private static bool IsTimestamp(PageBlock block) =>
        block.WordCount <= MaxTimestampWords && ClockTime().IsMatch(block.Text)
        && (block.WordCount <= MaxBareTimeWords || DateNumbers().IsMatch(block.Text));

    // A credit alone is a name and an agency; a line that starts like one and runs on is prose.
    private const int MaxCreditWords = 12;

    /// <summary>
    /// A picture's caption or credit that the page sets as a paragraph, not in figure markup: a line that ends
    /// with the credit in brackets ("… (AP Photo/Name)", "… (Credit: Agency)"), or a short one that starts
    /// with a credit's label ("Photo: Name, Agency", "© Agency").
    /// </summary>
    private static bool IsCaptionOutsideFigure(PageBlock block) =>
        CreditInBracketsAtTheEnd().IsMatch(block.Text) || (block.WordCount <= MaxCreditWords && CreditLabelAtTheStart().IsMatch(block.Text));

    // The label of a credit in a few languages, then a colon; or an agency's "Photo/" before the photographer's name.
    private const string CreditLabel = @"((photo|image|picture|foto|bild|credit|crédit|photo credit|image credit)s?\s*:|(\p{L}+\s+)?(photo|foto)\s*/|©)";

    [GeneratedRegex(@"[(\[]\s*" + CreditLabel + @"[^)\]]*[)\]]\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex CreditInBracketsAtTheEnd();

    [GeneratedRegex(@"^" + CreditLabel, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabelAtTheStart();

    /// <summary>A block that is only a web or e-mail address: the page's own link, or its author's contact.</summary>
    private static bool IsAddress(string text) => !text.Contains(' ', StringComparison.Ordinal) && Address().IsMatch(text);

    // Lookarounds rule out the non-backtracking engine; these run only on blocks of a dozen words, without nested quantifiers.
    [GeneratedRegex(@"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    // A four-digit year, or a numeric date such as 11/18/19 or 18.11.2019.
    [GeneratedRegex(@"(?<!\d)((19|20)\d\d|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DateNumbers();

    [GeneratedRegex(@"^(https?://\S+|www\.\S+|[^@\s]+@[^@\s]+\.\p{L}{2,}|[\w.-]+\.(com|org|net)/\S*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    private static string Comparable(string text) => BoilerplateCleaner.NormaliseWhitespace(text).ToLowerInvariant();

    [GeneratedRegex(@"(…|\.\.\.)\s*[\])]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Truncated();

    [GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial Regex Marker();

    /// <summary>
    /// The cards of a list of other articles: a small container that holds a headline linking elsewhere
    /// (a block of several words, all link) and a few lines beside it, its summary, kicker or labels.
    /// Tallied once per element from the blocks up, so each question is a walk up one block's ancestors.
    /// </summary>
    private sealed class TeaserCards
    {
        // A card's text is a headline and a sentence or two; an article's section is longer.
        private const int MaxCardWords = 60;

        // A headline has several words; a linked name alone (a byline, a source) is no headline.
        private const int MinHeadlineWords = 4;

        private readonly Dictionary<IElement, (int Blocks, int Words, int FirstHeadline)> _tally = [];

        public TeaserCards(List<PageBlock> blocks)
        {
            foreach (var block in blocks.Where(block => block.Kind is not (BlockKind.Hidden or BlockKind.Control or BlockKind.Drawing)))
            {
                var isHeadline = block.LinkDensity >= TeaserLinkDensity && block.WordCount >= MinHeadlineWords;
                foreach (var element in block.Ancestors)
                {
                    var (count, words, first) = _tally.GetValueOrDefault(element, (0, 0, int.MaxValue));
                    _tally[element] = (count + 1, words + block.WordCount, isHeadline ? Math.Min(first, block.Index) : first);
                }
            }
        }

        /// <summary>
        /// True when the smallest element holding this block and any other is a card: few words, and a
        /// headline before this block.
        /// </summary>
        public bool IsSummaryInACard(PageBlock block)
        {
            if (block.LinkDensity >= TeaserLinkDensity)
            {
                return false;
            }
            foreach (var element in block.Ancestors)
            {
                var (count, words, firstHeadline) = _tally[element];
                if (count > 1)
                {
                    return words <= MaxCardWords && firstHeadline < block.Index;
                }
            }
            return false;
        }
    }
}
