using System.Text;
using System.Text.Encodings.Web;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using MaliReader.Web.Articles;
using MaliReader.Web.Search;

namespace MaliReader.Web.Rendering;

/// <summary>
/// A paragraph's text as a reader sees it: CommonMark's inline markup (emphasis, code, links and bare
/// web addresses) rendered by Markdig, everything else exactly as typed. The content format is plain
/// paragraphs separated by blank lines, so no block syntax is read here: a line opening with "2013."
/// or "- " stays text, never a list.
/// </summary>
/// <remarks>
/// Safe by construction: raw HTML is never parsed (it shows as typed), only http, https and mailto
/// links become anchors (any other scheme shows as typed), and an image is a link to its address with
/// its description as text, so nothing loads. The text may hold <see cref="MarkedText"/> markers
/// (search matches, changed words): they become the caller's tag, kept balanced across inline markup.
/// When the rendering would not show every word of the text (a link reference definition, for
/// example, is swallowed by CommonMark), the paragraph is shown as typed instead. So is a paragraph whose markup is
/// too long or too dense to read safely (<see cref="CanReadMarkupOf"/>), a decision its <see cref="Paragraph"/> makes once.
/// </remarks>
public static class ParagraphMarkup
{
    private static readonly HtmlEncoder Encoder = AnyScriptHtmlEncoder.Instance;

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>Characters without which Markdig would render the text as typed, so it need not run.</summary>
    private static readonly System.Buffers.SearchValues<char> InlineSyntax = System.Buffers.SearchValues.Create("*_`[<\\:");

    /// <summary>
    /// The longest paragraph whose inline markup is read, in UTF-16 units: a news paragraph is a few hundred, and
    /// the parser's time grows faster than the text (an unclosed "[a](" makes it scan to the end of the paragraph).
    /// </summary>
    public const int MaxMarkupLength = 20_000;

    /// <summary>
    /// The most characters that open inline markup ("[", "*", "_") a paragraph whose markup is read may hold. Each one
    /// left open nests all that follows inside it, and the parser walks that nesting for every piece of text after it,
    /// so its time grows with their count times the length; past some ten thousand it refuses the text outright.
    /// </summary>
    public const int MaxMarkupOpeners = 256;

    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("[*_");

    /// <summary>
    /// Whether a paragraph's inline markup is short and sparse enough to be read in some ten milliseconds at worst: at most
    /// <see cref="MaxMarkupLength"/> characters, and at most <see cref="MaxMarkupOpeners"/> of them "[", "*" or "_".
    /// Any other paragraph is shown as typed, every character escaped, however it is written. Linear in the text.
    /// </summary>
    public static bool CanReadMarkupOf(string text)
    {
        if (text.Length > MaxMarkupLength)
        {
            return false;
        }
        var openers = 0;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(Openers); at >= 0; at = rest.IndexOfAny(Openers))
        {
            if (++openers > MaxMarkupOpeners)
            {
                return false;
            }
            rest = rest[(at + 1)..];
        }
        return true;
    }

    /// <param name="inlineMarkup">False for text that was never written as Markdown (a saved page's), or whose markup is
    /// not to be read (<see cref="Article.ReadsInlineMarkupOf(Paragraph)"/>): shown as typed.</param>
    /// <param name="markTag">"mark", "ins" or "del", for the text's markers.</param>
    /// <exception cref="ArgumentOutOfRangeException">Any other <paramref name="markTag"/>.</exception>
    public static IHtmlContent ToHtml(string text, bool inlineMarkup, string markTag = "mark")
    {
        if (markTag is not ("mark" or "ins" or "del"))
        {
            throw new ArgumentOutOfRangeException(nameof(markTag), markTag, "Only mark, ins and del are written.");
        }
        return inlineMarkup && Rendered(text, markTag) is { } writer ? new HtmlString(writer.Finish()) : new HtmlString(Typed(text, markTag));
    }

    /// <summary>
    /// Where the text holds characters a reader does not see as text, and where its links stand. A link shown
    /// by its words (<c>[the letter](https://…)</c>) hides its address and title: they are followed or shown
    /// on hover, not read. Search indexes what a reader sees, so it leaves the hidden characters out, and
    /// cuts a snippet only outside a link. Nothing is hidden in text shown as typed.
    /// </summary>
    public static MarkupLayout Layout(string text, bool inlineMarkup) =>
        inlineMarkup && Rendered(text, "mark") is { } writer ? new MarkupLayout(writer.Hidden, writer.Links, writer.Shown) : MarkupLayout.Typed;

    /// <summary>The characters a reader sees, without markup: "**bold** [link](https://…)" reads "bold link".</summary>
    public static string PlainText(string text, bool inlineMarkup) => Layout(text, inlineMarkup).Visible(text, 0, text.Length);

    /// <summary>The text written by Markdig's reading of it, or null when it is to be shown as typed.</summary>
    private static InlineWriter? Rendered(string text, string markTag)
    {
        if (text.AsSpan().IndexOfAny(InlineSyntax) < 0 && !text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var writer = new InlineWriter(text, markTag);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // The parser refuses markup nested past its depth limit. A paragraph within CanReadMarkupOf's bounds cannot
            // nest that deep; should some other text be refused, it is shown as typed rather than failing the page.
            return null;
        }
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is not LeafBlock { Inline: { } inline } || !writer.TryWrite(inline))
            {
                return null;
            }
            if (i < document.Count - 1)
            {
                writer.EndBlock();
            }
        }
        return writer.ShowsEveryWordOf(text) ? writer : null;
    }

    /// <summary>No block syntax but the paragraph; raw HTML and character entities are read as text.</summary>
    private static MarkdownPipeline BuildPipeline()
    {
        // Precise source spans let a link that is not written as one be shown exactly as typed.
        var builder = new MarkdownPipelineBuilder().UseAutoLinks().DisableHtml().UsePreciseSourceLocation();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        builder.InlineParsers.RemoveAll(parser => parser is HtmlEntityParser);
        return builder.Build();
    }

    private static string Typed(string text, string markTag)
    {
        var marks = new MarkedRuns(new StringBuilder(text.Length + 16), markTag);
        marks.Append(text);
        return marks.Finish();
    }

    /// <summary>
    /// Encoded text with its markers turned into tags that never cross an element: a mark is opened
    /// only before text it holds, closed by <see cref="Interrupt"/> before an element's tag, and
    /// opened again with the next text inside it.
    /// </summary>
    private sealed class MarkedRuns(StringBuilder html, string markTag)
    {
        private bool _inMark;
        private bool _tagOpen;

        public void Append(ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                var marker = text.IndexOfAny(MarkedText.Open, MarkedText.Close);
                var run = marker < 0 ? text : text[..marker];
                if (!run.IsEmpty)
                {
                    if (_inMark && !_tagOpen)
                    {
                        html.Append('<').Append(markTag).Append('>');
                        _tagOpen = true;
                    }
                    html.Append(Encoder.Encode(run.ToString()));
                }
                if (marker < 0)
                {
                    return;
                }
                if (text[marker] == MarkedText.Close)
                {
                    Interrupt();
                }
                _inMark = text[marker] == MarkedText.Open;
                text = text[(marker + 1)..];
            }
        }

        public void Interrupt()
        {
            if (_tagOpen)
            {
                html.Append("</").Append(markTag).Append('>');
                _tagOpen = false;
            }
        }

        public string Finish()
        {
            Interrupt();
            return html.ToString();
        }
    }

    private static bool IsSafeAddress(string? url) =>
        Uri.TryCreate(MarkedText.Plain(url ?? ""), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);

    /// <summary>Writes one paragraph's inlines; also collects what a reader can see or follow, for the word check.</summary>
    private sealed class InlineWriter
    {
        private readonly string _source;
        private readonly StringBuilder _html = new();
        private readonly StringBuilder _shown = new();
        private readonly MarkedRuns _marks;
        private readonly List<TextRange> _hidden = [];
        private readonly List<TextRange> _links = [];
        private readonly List<TextRange> _shownSource = [];

        public InlineWriter(string source, string markTag)
        {
            _source = source;
            _marks = new MarkedRuns(_html, markTag);
        }

        public bool TryWrite(ContainerInline container)
        {
            foreach (var inline in container)
            {
                if (!TryWriteOne(inline))
                {
                    return false;
                }
            }
            return true;
        }

        public string Finish() => _marks.Finish();

        /// <summary>Source ranges of links' addresses and titles that the reader does not see as text.</summary>
        public IReadOnlyList<TextRange> Hidden => _hidden;

        /// <summary>Source ranges of whole links (and images shown as links).</summary>
        public IReadOnlyList<TextRange> Links => _links;

        /// <summary>Source ranges of the characters shown as text, in order: everything but the syntax.</summary>
        public IReadOnlyList<TextRange> Shown => _shownSource;

        /// <summary>A setext heading's underline ends a block; its text joins the next one's as one paragraph.</summary>
        public void EndBlock()
        {
            _html.Append('\n');
            _shown.Append('\n');
        }

        /// <summary>
        /// Every letter and digit of the text is shown, in order, as text or as a followed address. Letters, not
        /// words, are compared: markup between words written without spaces ("向**巴伦**西亚") moves where a
        /// word seems to break without hiding anything.
        /// </summary>
        public bool ShowsEveryWordOf(string text) =>
            LettersAndDigits(MarkedText.Plain(text)).SequenceEqual(LettersAndDigits(MarkedText.Plain(_shown.ToString())));

        private static IEnumerable<char> LettersAndDigits(string text) => text.Where(char.IsLetterOrDigit);

        private bool TryWriteOne(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    // An escaped character ("\\*") is a literal whose source is longer than its text, which ends it.
                    KeepShown(literal.Span.End + 1 - literal.Content.Length, literal.Span.End + 1);
                    Text(literal.Content.AsSpan());
                    return true;
                case CodeInline code:
                    var content = code.Span.Start >= 0 && code.Span.End < _source.Length
                        ? _source.IndexOf(code.Content, code.Span.Start, code.Span.Length, StringComparison.Ordinal) : -1;
                    KeepShown(content >= 0 ? content : code.Span.Start + code.DelimiterCount,
                        content >= 0 ? content + code.Content.Length : code.Span.End + 1 - code.DelimiterCount);
                    Open("code");
                    Text(code.Content.AsSpan());
                    Close("code");
                    return true;
                case EmphasisInline emphasis when emphasis.DelimiterChar == '*' && OpensOrClosesInsideAWord(emphasis):
                    // Stars inside a word are the author's characters: a quote with its expletive starred out
                    // ("f***ing … s***") or a product written with stars ("2*3*4") lost them to emphasis, which CommonMark
                    // allows for "*" (not for "_"). In scripts written without spaces a word has no edge to stand
                    // inside, and there stars are emphasis as everywhere else.
                    return AsTyped(emphasis);
                case EmphasisInline emphasis:
                    var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                    Open(tag);
                    var written = TryWrite(emphasis);
                    Close(tag);
                    return written;
                case LineBreakInline lineBreak:
                    KeepShown(lineBreak.Span.Start, lineBreak.Span.End + 1);
                    _html.Append(lineBreak.IsHard ? "<br>" : "\n");
                    _shown.Append('\n');
                    return true;
                case AutolinkInline autolink:
                    var address = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    if (!IsSafeAddress(address))
                    {
                        return AsTyped(autolink);
                    }
                    OpenAnchor(address, title: null);
                    // Shown without its angle brackets.
                    KeepShown(autolink.Span.Start + 1, autolink.Span.End);
                    Text(autolink.Url);
                    Close("a");
                    Keep(_links, autolink.Span);
                    return true;
                case LinkInline link when !IsSafeAddress(link.Url):
                    return AsTyped(link);
                case LinkInline link:
                    // An image becomes a link to it, its description the text: nothing loads. A link
                    // with no words of its own shows its address, so that it is never an empty anchor.
                    var hasWords = link.Descendants<LiteralInline>().Any(literal => !MarkedText.Plain(literal.Content.ToString()).IsWhiteSpace())
                        || link.Descendants<CodeInline>().Any();
                    OpenAnchor(link.Url!, link.Title);
                    if (!hasWords)
                    {
                        KeepShown(link.UrlSpan.Start, link.UrlSpan.End + 1);
                    }
                    var linked = hasWords ? TryWrite(link) : TextReturning(link.Url!);
                    Close("a");
                    // The address is followed rather than shown; counting it keeps its words accounted for.
                    if (hasWords && !link.IsAutoLink)
                    {
                        _shown.Append(' ').Append(link.Url);
                        Keep(_hidden, link.UrlSpan);
                    }
                    _shown.Append(' ').Append(link.Title).Append(' ');
                    if (!string.IsNullOrEmpty(link.Title))
                    {
                        Keep(_hidden, link.TitleSpan);
                    }
                    Keep(_links, link.Span);
                    return linked;
                case ContainerInline container when container.GetType() == typeof(ContainerInline):
                    return TryWrite(container);
                default:
                    // Inline syntax this writer does not know: the caller shows the paragraph as typed.
                    return false;
            }
        }

        private void Keep(List<TextRange> ranges, SourceSpan span)
        {
            if (!span.IsEmpty && span.Start >= 0 && span.End < _source.Length)
            {
                ranges.Add(new TextRange(span.Start, span.End + 1));
            }
        }

        private void Open(string tag)
        {
            _marks.Interrupt();
            _html.Append('<').Append(tag).Append('>');
        }

        private void OpenAnchor(string address, string? title)
        {
            _marks.Interrupt();
            _html.Append("<a class=\"content-link\" rel=\"nofollow noreferrer\" href=\"")
                .Append(Encoder.Encode(MarkedText.Plain(address))).Append('"');
            if (!string.IsNullOrEmpty(title))
            {
                _html.Append(" title=\"").Append(Encoder.Encode(MarkedText.Plain(title))).Append('"');
            }
            _html.Append('>');
        }

        private void Close(string tag)
        {
            _marks.Interrupt();
            _html.Append("</").Append(tag).Append('>');
        }

        /// <summary>A link to an address that is not http, https or mailto: its source exactly as typed.</summary>
        /// <summary>Whether the run of stars that opens or that closes the emphasis has a letter or digit of a spaced script on both sides.</summary>
        private bool OpensOrClosesInsideAWord(EmphasisInline emphasis) =>
            emphasis.Span.Start >= 0 && emphasis.Span.End < _source.Length
            && (StarsInsideAWord(emphasis.Span.Start) || StarsInsideAWord(emphasis.Span.End));

        private bool StarsInsideAWord(int star)
        {
            var first = star;
            while (first > 0 && _source[first - 1] == '*')
            {
                first--;
            }
            var after = star;
            while (after < _source.Length && _source[after] == '*')
            {
                after++;
            }
            return first > 0 && after < _source.Length && EndsASpacedWord(_source.AsSpan(0, first)) && StartsASpacedWord(_source.AsSpan(after));
        }

        // By character, not by UTF-16 unit: a letter beyond the Basic Multilingual Plane (Adlam, written for Fula) is two
        // units, neither of them a letter; and a letter's marks (a vowel sign, a combining accent) are part of it.
        private static bool EndsASpacedWord(ReadOnlySpan<char> before)
        {
            while (Rune.DecodeLastFromUtf16(before, out var rune, out var length) == System.Buffers.OperationStatus.Done)
            {
                if (!Words.IsMark(rune))
                {
                    return IsSpacedLetterOrDigit(rune);
                }
                before = before[..^length];
            }
            return false;
        }

        private static bool StartsASpacedWord(ReadOnlySpan<char> after) =>
            Rune.DecodeFromUtf16(after, out var rune, out _) == System.Buffers.OperationStatus.Done && IsSpacedLetterOrDigit(rune);

        private static bool IsSpacedLetterOrDigit(Rune rune) => Rune.IsLetterOrDigit(rune) && !Words.IsWrittenWithoutSpaces(rune);

        private bool AsTyped(Inline inline)
        {
            if (inline.Span.Start < 0 || inline.Span.End >= _source.Length || inline.Span.Length <= 0)
            {
                return false;
            }
            KeepShown(inline.Span.Start, inline.Span.End + 1);
            Text(_source.AsSpan(inline.Span.Start, inline.Span.Length));
            return true;
        }

        /// <summary>Keeps source characters <paramref name="start"/> to <paramref name="end"/> (exclusive) as shown, when the span is known.</summary>
        private void KeepShown(int start, int end)
        {
            if (start >= 0 && start < end && end <= _source.Length)
            {
                _shownSource.Add(new TextRange(start, end));
            }
        }

        private bool TextReturning(string text)
        {
            Text(text);
            return true;
        }

        private void Text(ReadOnlySpan<char> text)
        {
            _shown.Append(text);
            _marks.Append(text);
        }
    }
}

/// <summary>Characters <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive) of a paragraph's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public bool Overlaps(int start, int end) => start < End && Start < end;
}

/// <summary>
/// What <see cref="ParagraphMarkup.Layout"/> found: ranges of the source hidden from the reader, the ranges of its
/// links, and the ranges shown as text (null when the text is shown as typed, every character of it).
/// </summary>
public sealed record MarkupLayout(IReadOnlyList<TextRange> Hidden, IReadOnlyList<TextRange> Links, IReadOnlyList<TextRange>? Shown = null)
{
    public static MarkupLayout Typed { get; } = new([], []);

    /// <summary>
    /// Characters <paramref name="start"/> to <paramref name="end"/> (exclusive) of the source as a reader sees
    /// them: "**bold** [link](https://…)" reads "bold link". The source is the text this layout was made of.
    /// </summary>
    public string Visible(string source, int start, int end)
    {
        if (Shown is null)
        {
            return source[start..end];
        }
        var visible = new StringBuilder(end - start);
        foreach (var range in Shown)
        {
            var from = Math.Max(start, range.Start);
            var to = Math.Min(end, range.End);
            if (from < to)
            {
                visible.Append(source, from, to - from);
            }
        }
        return visible.ToString();
    }

    /// <summary>Whether characters <paramref name="start"/> to <paramref name="end"/> (exclusive) touch a hidden range.</summary>
    public bool Hides(int start, int end) => Hidden.Any(range => range.Overlaps(start, end));
}
