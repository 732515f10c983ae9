using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;

namespace MaliReader.Web.Permalinks;

/// <summary>
/// What a paragraph link leads to: a current passage is answered from the snapshot alone; only a link
/// to a passage that is no longer current reads the article's paragraph history.
/// </summary>
public static class PermalinkResolver
{
    /// <summary>By position (<c>{slug}-{n}</c>): convenient, but it moves when paragraphs are inserted above.</summary>
    public static Permalink ById(ContentSnapshot snapshot, string id) =>
        snapshot.Paragraph(id) is (var article, var paragraph)
            ? new CurrentPassage(article, paragraph, snapshot.CitationLabelOf(article))
            : NoSuchPassage.Instance;

    /// <summary>
    /// By the fingerprint of the paragraph's words: it survives insertions, removals and reordering.
    /// A fingerprint that is no longer current is answered from the history: with a copy of the passage's words
    /// while the article still holds one, else as changed, with the edited successor when one is clear.
    /// </summary>
    /// <param name="historyOf">Every paragraph text an article has had, by slug.</param>
    public static Permalink ByFingerprint(ContentSnapshot snapshot, Func<string, IReadOnlyList<HistoricParagraph>> historyOf,
        string slug, string fingerprint)
    {
        // Fingerprints are lower-case hex; a link retyped or passed on in capitals still finds its passage.
        fingerprint = fingerprint.ToLowerInvariant();
        var article = snapshot.Article(slug);
        if (article is not null && snapshot.ParagraphByFingerprint(slug, fingerprint) is { } paragraph)
        {
            return new CurrentPassage(article, paragraph, snapshot.CitationLabelOf(article));
        }

        var history = historyOf(slug);
        var old = history.FirstOrDefault(entry => entry.Fingerprint == fingerprint);
        if (old is null)
        {
            return NoSuchPassage.Instance;
        }
        if (article is not null && CopyOf(old, article, history) is { } copy)
        {
            return new CurrentPassage(article, copy, snapshot.CitationLabelOf(article));
        }
        return new ChangedPassage(old, article, article is null ? null : EditedSuccessor.Choose(old.Text, NewSince(old, article, history)));
    }

    /// <summary>
    /// A paragraph the article now holds with the old passage's very words, when the link was to one of several copies
    /// of them: copies are told apart by their order (<see cref="Fingerprint.ForParagraphs"/>), so taking out an earlier
    /// copy hands its link to the next and leaves the last copy's link pointing at none, though the words are still
    /// there. Such a link opens the copy in the same place among the copies, or the last one when there are fewer now.
    /// </summary>
    private static Paragraph? CopyOf(HistoricParagraph old, Article article, IReadOnlyList<HistoricParagraph> history)
    {
        var words = Fingerprint.NormaliseWords(old.Text);
        var copies = article.Paragraphs.Where(paragraph => Fingerprint.NormaliseWords(paragraph.Text) == words).ToList();
        if (copies.Count == 0)
        {
            return null;
        }
        // Every copy ever handed a link is in the history, so the link's copy is at most the count of them.
        var copiesEver = history.Count(entry => Fingerprint.NormaliseWords(entry.Text) == words);
        var occurrence = Fingerprint.OccurrenceOf(old.Text, old.Fingerprint, copiesEver) ?? copies.Count;
        return copies[Math.Min(occurrence, copies.Count) - 1];
    }

    /// <summary>
    /// Paragraphs that first appeared after the old passage was last seen. One that stood beside
    /// it cannot be its edited form, however alike the two are.
    /// </summary>
    private static IEnumerable<Paragraph> NewSince(HistoricParagraph old, Article article, IReadOnlyList<HistoricParagraph> history)
    {
        var firstSeen = history.ToDictionary(entry => entry.Fingerprint, entry => entry.FirstSeen, StringComparer.Ordinal);
        return article.Paragraphs.Where(paragraph =>
            firstSeen.TryGetValue(paragraph.Fingerprint, out var seen) && seen > old.LastSeen);
    }

    /// <summary>The stable link of a paragraph, the one the copy control hands out.</summary>
    public static string PathFor(Paragraph paragraph) => PathFor(paragraph.Slug, paragraph.Fingerprint);

    public static string PathFor(string slug, string fingerprint) =>
        $"/p/{Uri.EscapeDataString(slug)}/{Uri.EscapeDataString(fingerprint)}";
}

public abstract record Permalink;

/// <summary>The paragraph is in the article now.</summary>
/// <param name="AccountLabel">How its article is cited beside the other accounts of its story (<see cref="Story.CitationLabelOf"/>).</param>
public sealed record CurrentPassage(Article Article, Paragraph Paragraph, string AccountLabel) : Permalink
{
    /// <summary>How readers cite it: "RT ¶3".</summary>
    public string Citation => $"{AccountLabel} ¶{Paragraph.N}";
}

/// <summary>
/// The link names a passage the article once had. <paramref name="Article"/> is null when the
/// article itself is gone; <paramref name="Successor"/> is set only when one paragraph is clearly its edited form.
/// </summary>
public sealed record ChangedPassage(HistoricParagraph Old, Article? Article, Paragraph? Successor) : Permalink;

/// <summary>No paragraph ever had this address.</summary>
public sealed record NoSuchPassage : Permalink
{
    public static NoSuchPassage Instance { get; } = new();
}
