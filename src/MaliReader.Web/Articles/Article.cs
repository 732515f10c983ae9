namespace MaliReader.Web.Articles;

/// <summary>One article as readers see it: cleaned paragraphs plus the record of what cleaning removed.</summary>
public sealed record Article(
    string Slug,
    string FileName,
    string Title,
    string Source,
    string? Note,
    string? Url,
    string? Published,
    string Story,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<RemovedFragment> Removed)
{
    /// <summary>The source label without its parenthetical, for citations: "Unattributed translation ¶3".</summary>
    public string CitationLabel => Source.Split(" (", 2)[0];

    /// <summary>Written as Markdown, so its paragraphs may hold inline markup; a saved web page's text never does.</summary>
    public bool HasInlineMarkup => Path.GetExtension(FileName).Equals(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="paragraph"/> is shown with its inline markup read: the article is Markdown and the paragraph's
    /// markup is within what can be read safely. Rendering, search's visible words and comparison all ask this, so that
    /// what search marks and comparison quotes is what the reader sees.
    /// </summary>
    public bool ReadsInlineMarkupOf(Paragraph paragraph) => HasInlineMarkup && paragraph.MarkupCanBeRead;

    /// <summary>The same for text that is not one of the article's paragraphs now (a passage as it once read).</summary>
    public bool ReadsInlineMarkupOf(string text) => HasInlineMarkup && Rendering.ParagraphMarkup.CanReadMarkupOf(text);

    /// <summary>The paragraphs shown as typed although the article is Markdown: their markup is too long or too dense to read.</summary>
    public IEnumerable<Paragraph> ParagraphsShownAsTyped => HasInlineMarkup ? Paragraphs.Where(p => !p.MarkupCanBeRead) : [];
}

public sealed record Paragraph(string Id, string Slug, int N, string Text, string Fingerprint)
{
    private readonly string _text = Text;

    public string Text
    {
        get => _text;
        init
        {
            _text = value;
            MarkupCanBeRead = Rendering.ParagraphMarkup.CanReadMarkupOf(value);
        }
    }

    /// <summary>
    /// Whether the text's inline markup, in a Markdown article, can be read safely (<see cref="Rendering.ParagraphMarkup.CanReadMarkupOf"/>):
    /// decided once, as the paragraph is made, not on every page that shows it.
    /// </summary>
    public bool MarkupCanBeRead { get; private init; } = Rendering.ParagraphMarkup.CanReadMarkupOf(Text);

    public static string MakeId(string slug, int n) => $"{slug}-{n}";
}

/// <summary>
/// What the cleaner took out, and where: a fragment with no <paramref name="Offset"/> was a block of its own
/// standing just before paragraph number <paramref name="Paragraph"/> (1-based; one past the last when it
/// followed them all); a fragment with an offset was cut from inside paragraph <paramref name="Paragraph"/>,
/// at that character of its kept text, where it stood after a space.
/// </summary>
public sealed record RemovedFragment(string Text, RemovalRule Rule, int Paragraph, int? Offset = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsInline => Offset is not null;
}

/// <summary>A content file that could not be turned into an article, and why.</summary>
public sealed record ContentError(string FileName, string Reason);
