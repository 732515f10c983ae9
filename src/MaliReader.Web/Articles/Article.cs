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
}

public sealed record Paragraph(string Id, string Slug, int N, string Text, string Fingerprint)
{
    public static string MakeId(string slug, int n) => $"{slug}-{n}";
}

public sealed record RemovedFragment(string Text, RemovalRule Rule);

/// <summary>A content file that could not be turned into an article, and why.</summary>
public sealed record ContentError(string FileName, string Reason);
