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
}

public sealed record Paragraph(string Id, string Slug, int N, string Text, string Fingerprint)
{
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
