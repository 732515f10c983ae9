using System.Text;
using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>What a block of text is on the page, which decides how the article shows it.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
    Control,
    Hidden,

    /// <summary>The text of a drawing or formula set in the page (SVG, MathML): left out, on the record.</summary>
    Drawing,
}

/// <summary>
/// One run of visible text: the text of a block element, or the loose text between the block
/// children of a container. <see cref="Ancestors"/> runs from the owner outward to &lt;body&gt;, taken
/// before anything moves nodes about. <see cref="FirstText"/> is where a marker can tag the run.
/// </summary>
public sealed record PageBlock(int Index, IElement Owner, ElementChain Ancestors, BlockKind Kind, string Text, int LinkChars, IText? FirstText)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public int WordCount { get; } = PageBlocks.CountWords(Text);
}

/// <summary>
/// Splits a page's body into its runs of visible text in document order. Walks with an explicit
/// stack, so depth costs memory, not the call stack. Nothing that does not show as text is read:
/// scripts, styles, embedded media and frames are skipped; hidden elements and form controls become
/// blocks of their own so that every visible word is somewhere, without ending the sentence they sit in
/// when they stand inside its line. What a browser shows that the page's text does not hold is written
/// in: a quotation's marks, an ordered list's numbers, the empty places a spanning table cell leaves.
/// </summary>
public static class PageBlocks
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
        "canvas", "img", "picture", "video", "audio", "source", "track", "map", "link", "meta", "head", "title", "input",
    };

    /// <summary>
    /// Words in <paramref name="text"/>: runs between spaces, except that scripts written without spaces
    /// between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) count one word per two of their
    /// characters, about the length of a word in Chinese and Japanese; otherwise a page of Japanese prose
    /// reads as a handful of words and is refused as holding no article.
    /// </summary>
    public static int CountWords(string text)
    {
        var words = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var unspaced = 0;
            // By index, so that a character beyond the Basic Multilingual Plane (a surrogate pair) counts once.
            for (var i = 0; i < token.Length; i++)
            {
                if (Words.UnspacedLength(token.AsSpan(i)) > 0)
                {
                    unspaced++;
                }
            }
            words += Math.Max(1, (unspaced + 1) / 2);
        }
        return words;
    }

    private static readonly HashSet<string> Controls = new(StringComparer.OrdinalIgnoreCase) { "button", "select", "textarea", "option", "datalist" };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    public static List<PageBlock> Of(IElement body)
    {
        var blocks = new List<PageBlock>();
        var chains = new Dictionary<IElement, ElementChain>();
        ElementChain AncestorsOf(IElement owner) => ElementChain.Of(owner, chains);
        var run = new RunBuilder();
        var owners = new Stack<IElement>();
        owners.Push(body);
        // (node, leaving): leaving is true for the marker that closes a block element or a link.
        var work = new Stack<(INode Node, bool Leaving)>();
        PushChildren(work, body);
        var linkDepth = 0;
        // How many quotations (<q>) the walk is inside: one inside another takes the inner marks.
        var quotationDepth = 0;
        // The number of the ordered list's item being read, until its first text takes it (which may be in a paragraph inside it).
        string? itemNumber = null;
        var itemNumbers = new Dictionary<IElement, string>();
        var listsNumbered = new HashSet<IElement>();

        void NumberTheItem()
        {
            if (itemNumber is not null)
            {
                run.AppendMark(itemNumber, false);
                run.AppendSpace();
                itemNumber = null;
            }
        }
        var lineBreaks = 0;
        // How deep inside cells of data the walk is: a paragraph there is the cell's text, not a block of its own.
        var dataCells = 0;
        // Each table's grid is worked out once, at its first cell of data.
        var columnSteps = new Dictionary<IElement, int>();
        var tablesPlaced = new HashSet<IElement>();

        int ColumnStepOf(IElement cell)
        {
            if (cell.Closest("table") is { } table && tablesPlaced.Add(table))
            {
                foreach (var (placed, step) in TableGrid.ColumnStepsOf(table))
                {
                    columnSteps[placed] = step;
                }
            }
            return columnSteps.GetValueOrDefault(cell, 1);
        }

        void Flush()
        {
            if (run.HasText)
            {
                var owner = owners.Peek();
                blocks.Add(new PageBlock(blocks.Count, owner, AncestorsOf(owner), KindOf(owner), run.Text, run.LinkChars, run.FirstText));
            }
            run.Clear();
        }

        while (work.Count > 0)
        {
            var (node, leaving) = work.Pop();
            if (leaving)
            {
                if (node is IElement { LocalName: "a" })
                {
                    linkDepth--;
                    continue;
                }
                if (node is IElement { LocalName: "q" } closedQuotation)
                {
                    run.AppendMark(QuotationMarks.Closing(closedQuotation, quotationDepth--), linkDepth > 0);
                    continue;
                }
                if (node is IElement { LocalName: "td" or "th" } && owners.Peek() != node)
                {
                    dataCells--;
                    run.AppendSpace();
                    continue;
                }
                Flush();
                owners.Pop();
                if (node is IElement { LocalName: "li" })
                {
                    // An item without text of its own has no paragraph: its number must not go to the text after it.
                    itemNumber = null;
                }
                continue;
            }
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    NumberTheItem();
                    lineBreaks = 0;
                }
                run.Append(text, linkDepth > 0);
                continue;
            }
            if (node is not IElement element || Skipped.Contains(element.LocalName))
            {
                continue;
            }
            if (element.LocalName is "svg" or "math")
            {
                // What a drawing or a formula shows is text, but not a line of the sentence around it: it is put on the
                // record without ending that sentence, so nothing the page shows goes missing unsaid. Only what it draws
                // is read: an icon's <title> or <style> is no text of the page, hidden or not.
                var drawnText = DrawnText(element);
                if (drawnText.Length > 0)
                {
                    var kind = IsHidden(element) ? BlockKind.Hidden : BlockKind.Drawing;
                    blocks.Add(new PageBlock(blocks.Count, element, AncestorsOf(element), kind, drawnText, 0, null));
                }
                continue;
            }
            if (element.LocalName == "br")
            {
                // Two line breaks in a row end a paragraph on pages that lay text out with <br>.
                if (++lineBreaks == 2)
                {
                    Flush();
                }
                run.AppendSpace();
                continue;
            }
            lineBreaks = 0;
            if (IsHidden(element) || Controls.Contains(element.LocalName))
            {
                if (IsLaidOutAsBlock(element))
                {
                    Flush();
                }
                else if (!IsHidden(element))
                {
                    // A control shown in running text stands between the words on either side, which must not run together.
                    run.AppendSpace();
                }
                // Inline, it is left out as a drawing is, and the sentence it sits in reads on after it as one paragraph.
                var hiddenText = BoilerplateCleaner.NormaliseWhitespace(element.TextContent);
                if (hiddenText.Length > 0)
                {
                    var kind = IsHidden(element) ? BlockKind.Hidden : BlockKind.Control;
                    blocks.Add(new PageBlock(blocks.Count, element, AncestorsOf(element), kind, hiddenText, 0, null));
                }
                continue;
            }
            if (dataCells > 0 && IsCellParagraph(element))
            {
                // Parted from the cell's text before it by a space, as two paragraphs of one cell read.
                run.AppendSpace();
                PushChildren(work, element);
                continue;
            }
            if (BlockTags.Contains(element.LocalName) || (element.LocalName is "td" or "th" && !IsDataCell(element)))
            {
                Flush();
                owners.Push(element);
                if (element is { LocalName: "li", ParentElement: { LocalName: "ol" } list })
                {
                    if (listsNumbered.Add(list))
                    {
                        foreach (var (item, number) in ListNumbers.Of(list))
                        {
                            itemNumbers[item] = number;
                        }
                    }
                    itemNumber = itemNumbers.GetValueOrDefault(element);
                }
                work.Push((element, true));
                PushChildren(work, element);
                continue;
            }
            if (element.LocalName is "td" or "th")
            {
                // A table's row is one block, its cells in order, so a figure stays beside what it counts.
                run.StartCell(ColumnStepOf(element));
                dataCells++;
                work.Push((element, true));
                PushChildren(work, element);
                continue;
            }
            if (element.LocalName is "sup" or "sub" && Scripts.Render(element) is { } script)
            {
                if (script.Text.Length > 0)
                {
                    NumberTheItem();
                }
                run.AppendScript(script, FirstTextIn(element), linkDepth > 0 || element.QuerySelector("a") is not null);
                continue;
            }
            if (IsHoverCard(element))
            {
                // Left out without ending the sentence it sits in, which reads on after it.
                var cardText = BoilerplateCleaner.NormaliseWhitespace(element.TextContent);
                blocks.Add(new PageBlock(blocks.Count, element, AncestorsOf(element), BlockKind.Hidden, cardText, cardText.Length, null));
                continue;
            }
            if (element.LocalName == "q")
            {
                // The marks a browser draws round it are no text of the page, but a reader sees them.
                NumberTheItem();
                run.AppendMark(QuotationMarks.Opening(element, ++quotationDepth), linkDepth > 0);
                work.Push((element, true));
            }
            if (element.LocalName == "a")
            {
                linkDepth++;
                work.Push((element, true));
            }
            PushChildren(work, element);
        }
        Flush();
        return blocks;
    }

    /// <summary>
    /// A card that shows on hover beside a linked name in running text: an inline element right after the
    /// link, holding two or more links of its own, all its text link text, and repeating the name it is
    /// attached to (a picture, the name again, a list of the person's other articles).
    /// </summary>
    public static bool IsHoverCard(IElement element)
    {
        if (element.LocalName == "a" || element.PreviousElementSibling is not { LocalName: "a" } name)
        {
            return false;
        }
        var nameText = BoilerplateCleaner.NormaliseWhitespace(name.TextContent);
        if (nameText.Length == 0)
        {
            return false;
        }
        var links = element.QuerySelectorAll("a");
        if (links.Length < 2 || !links.Any(link => BoilerplateCleaner.NormaliseWhitespace(link.TextContent) == nameText))
        {
            return false;
        }
        var linkLetters = links.Sum(link => LettersIn(link.TextContent));
        return linkLetters >= HoverCardLinkShare * LettersIn(element.TextContent);
    }

    private const double HoverCardLinkShare = 0.9;

    private static int LettersIn(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>
    /// The words a drawing or formula shows, one space between each run of them: an SVG's &lt;text&gt; (not its
    /// &lt;title&gt; or &lt;desc&gt;, which show only as a tooltip or to assistive technology), or MathML's
    /// tokens without their annotations (a TeX source, which the formula shows as a formula instead).
    /// </summary>
    public static string DrawnText(IElement element)
    {
        var parts = element.LocalName == "svg"
            ? element.QuerySelectorAll("*").Where(part => part.LocalName == "text" && !part.Ancestors<IElement>().Any(above => above.LocalName == "text"))
                .Select(part => part.TextContent)
            : element.Descendants<IText>().Where(text => !text.Ancestors<IElement>().Any(above => above.LocalName is "annotation" or "annotation-xml"))
                .Select(text => text.Data);
        return BoilerplateCleaner.NormaliseWhitespace(string.Join(' ', parts));
    }

    // A cell of a table of figures holds a few words; a cell of a page laid out as a table holds a column of it.
    private const int MaxDataCellWords = 40;

    /// <summary>
    /// A cell of a table of data, read into its row's block: a few words of inline text, not named as page furniture.
    /// A cell that holds blocks or more text is a column of a page laid out with a table (the article, a menu), and
    /// stays a block of its own, so that its class names still say what it is.
    /// </summary>
    private static bool IsDataCell(IElement cell) =>
        PageChrome.ReasonFor(cell) is null
        && !cell.Descendants<IElement>().Any(inner => (BlockTags.Contains(inner.LocalName) && !IsCellParagraph(inner)) || inner.LocalName is "td" or "th")
        && CountWords(BoilerplateCleaner.NormaliseWhitespace(cell.TextContent)) <= MaxDataCellWords;

    /// <summary>
    /// Whether <paramref name="element"/> would stand as a block of its own where shown (a block or table element, or
    /// one holding such), rather than as words inside the line of text around it.
    /// </summary>
    private static bool IsLaidOutAsBlock(IElement element) =>
        IsBlockOrTablePart(element) || element.Descendants<IElement>().Any(IsBlockOrTablePart);

    private static bool IsBlockOrTablePart(IElement element) =>
        BlockTags.Contains(element.LocalName) || element.LocalName is "td" or "th" or "tbody" or "thead" or "tfoot" or "colgroup";

    // Word processors and site editors write a cell's text in a paragraph of its own (<td><p>12</p></td>): in a cell of data
    // it is the cell's text, read into the row.
    private static bool IsCellParagraph(IElement element) => element.LocalName is "p" or "div";

    private static IText? FirstTextIn(IElement element) =>
        element.Descendants<IText>().FirstOrDefault(text => !string.IsNullOrWhiteSpace(text.Data));

    private static void PushChildren(Stack<(INode, bool)> work, INode parent)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling)
        {
            work.Push((child, false));
        }
    }

    private static BlockKind KindOf(IElement owner)
    {
        for (var element = owner; element is not null && element.LocalName != "body"; element = element.ParentElement)
        {
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when element == owner:
                    return BlockKind.Heading;
                case "figcaption" or "figure":
                    return BlockKind.Caption;
                case "blockquote":
                    return BlockKind.Quote;
                case "li" or "dd" or "dt" when element == owner:
                    return BlockKind.ListItem;
            }
        }
        return BlockKind.Paragraph;
    }

    /// <summary>Hidden by the page's own markup: the hidden attribute, aria-hidden, or an inline display:none / visibility:hidden.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>What stands between the cells of a table's row in its block: "Month | Flights".</summary>
    public const string CellSeparator = " | ";

    private sealed class RunBuilder
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;

        public int LinkChars { get; private set; }

        public IText? FirstText { get; private set; }

        public bool HasText => _text.Length > 0;

        public string Text => _text.ToString();

        public void Append(IText node, bool inLink)
        {
            foreach (var c in node.Data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                StartText(inLink);
                FirstText ??= node;
                _text.Append(c);
                if (inLink)
                {
                    LinkChars++;
                }
            }
        }

        public void AppendSpace() => _pendingSpace = true;

        /// <summary>Text the page shows without writing it (a quotation mark, a list item's number), run in where it stands.</summary>
        public void AppendMark(string mark, bool inLink)
        {
            StartText(inLink);
            _text.Append(mark);
            if (inLink)
            {
                LinkChars += mark.Length;
            }
        }

        // Cells begun since the last text: an empty one still takes its column, so the figures after it stay under theirs.
        private int _pendingCells;

        /// <summary>
        /// A table cell begins, <paramref name="columnStep"/> columns (<see cref="TableGrid.ColumnStepsOf"/>) to the right of
        /// the cell before it: its text is set off by <see cref="CellSeparator"/> from the row's text before it once for each
        /// column passed since, empty cells and places taken by a spanning cell included ("Gao | | 12" under
        /// "Town | 2023 | 2024"); so are the places before a row's first text ("| Bourem | 800" below "Gao | Ansongo | 1,200").
        /// </summary>
        public void StartCell(int columnStep) => _pendingCells += columnStep;

        /// <summary>
        /// A superscript or subscript as <see cref="Scripts.Render"/> writes it, set off by its marker from a letter or
        /// digit right before it where it gives one, so that "10&lt;sup&gt;x&lt;/sup&gt;" does not read as the word "10x";
        /// a space around it in the page stays.
        /// </summary>
        public void AppendScript(Script script, IText? firstText, bool inLink)
        {
            if (script.Text.Length == 0)
            {
                // Only white space: it still parts the words on either side.
                _pendingSpace |= script.SpaceBefore;
                return;
            }
            _pendingSpace |= script.SpaceBefore;
            var runsOn = !_pendingSpace && _pendingCells == 0 && _text.Length > 0;
            var marker = !runsOn ? null : char.IsDigit(_text[^1]) ? script.MarkerAfterDigit : char.IsLetter(_text[^1]) ? script.MarkerAfterLetter : null;
            var text = marker + script.Text;
            StartText(inLink);
            FirstText ??= firstText;
            _text.Append(text);
            if (inLink)
            {
                LinkChars += text.Length;
            }
            _pendingSpace = script.SpaceAfter;
        }

        // Before the first character of new text: the space or cell separator it waits for, when text precedes it.
        private void StartText(bool inLink)
        {
            if (_pendingCells > 0 && _text.Length > 0)
            {
                for (var cell = 0; cell < _pendingCells; cell++)
                {
                    _text.Append(CellSeparator);
                }
            }
            else if (_pendingCells > 1)
            {
                // Empty places before the row's first text: the first cell begun stands in the first column.
                for (var cell = 1; cell < _pendingCells; cell++)
                {
                    _text.Append(cell == 1 ? "|" : " |");
                }
                _text.Append(' ');
            }
            else if (_pendingSpace && _text.Length > 0)
            {
                _text.Append(' ');
                if (inLink)
                {
                    LinkChars++;
                }
            }
            _pendingSpace = false;
            _pendingCells = 0;
        }

        public void Clear()
        {
            _text.Clear();
            _pendingSpace = false;
            _pendingCells = 0;
            LinkChars = 0;
            FirstText = null;
        }
    }
}

/// <summary>
/// An element and its ancestors outward to &lt;body&gt;, as a chain of links shared between every element
/// below: a page's chains together cost one link per element, however deep it nests and however many
/// blocks sit at the bottom.
/// </summary>
public sealed class ElementChain : IEnumerable<IElement>
{
    private ElementChain(IElement element, ElementChain? parent)
    {
        Element = element;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>How many elements stand above this one, up to and including &lt;body&gt; (0 for body).</summary>
    public int Depth { get; }

    public IElement Element { get; }

    public ElementChain? Parent { get; }

    /// <summary>The chain of <paramref name="element"/>, reusing and adding to <paramref name="known"/>, the chains made so far.</summary>
    public static ElementChain Of(IElement element, Dictionary<IElement, ElementChain> known)
    {
        if (known.TryGetValue(element, out var chain))
        {
            return chain;
        }
        // Up to the nearest element already known, then down again: no recursion, so depth costs no stack.
        var missing = new Stack<IElement>();
        ElementChain? above = null;
        for (var current = element; current is not null && current.LocalName != "html"; current = current.ParentElement)
        {
            if (known.TryGetValue(current, out above))
            {
                break;
            }
            missing.Push(current);
        }
        while (missing.Count > 0)
        {
            var next = missing.Pop();
            above = new ElementChain(next, above);
            known[next] = above;
        }
        return above!;
    }

    public IEnumerator<IElement> GetEnumerator()
    {
        for (var link = this; link is not null; link = link.Parent)
        {
            yield return link.Element;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
