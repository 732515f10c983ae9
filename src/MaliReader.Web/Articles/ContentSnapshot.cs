using System.Collections.Frozen;
using MaliReader.Web.Storage;

namespace MaliReader.Web.Articles;

/// <summary>
/// Everything pages need, read once from the store after each rebuild and never changed after:
/// requests read it without locks or queries, and a rebuild swaps in a whole new one.
/// </summary>
public sealed class ContentSnapshot
{
    private readonly FrozenDictionary<string, Article> _articles;
    private readonly FrozenDictionary<string, (Article Article, Paragraph Paragraph)> _paragraphs;
    private readonly FrozenDictionary<(string Slug, string Fingerprint), Paragraph> _byFingerprint;
    private readonly FrozenDictionary<string, HistoricParagraph[]> _history;

    public ContentSnapshot(StoredContent stored, IReadOnlyList<ContentError> errors, string version)
    {
        Articles = stored.Articles;
        Errors = errors;
        Version = version;
        Stories = stored.Articles
            .GroupBy(article => article.Story, StringComparer.Ordinal)
            .Select(group => new Story(group.Key, group.ToList()))
            .ToList();
        _articles = stored.Articles.ToFrozenDictionary(article => article.Slug, StringComparer.Ordinal);
        _paragraphs = stored.Articles
            .SelectMany(article => article.Paragraphs.Select(paragraph => (article, paragraph)))
            .ToFrozenDictionary(pair => pair.paragraph.Id, StringComparer.Ordinal);
        // Two identical paragraphs in one article share a fingerprint: it names the first.
        _byFingerprint = stored.Articles
            .SelectMany(article => article.Paragraphs)
            .GroupBy(paragraph => (paragraph.Slug, paragraph.Fingerprint))
            .ToFrozenDictionary(group => group.Key, group => group.First());
        _history = stored.History
            .GroupBy(entry => entry.Slug, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
    }

    public static ContentSnapshot Empty { get; } = new(new StoredContent([], []), [], "empty");

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Story> Stories { get; }

    /// <summary>Content files that could not be read at the last rebuild (their last good version, if any, is still served).</summary>
    public IReadOnlyList<ContentError> Errors { get; }

    /// <summary>Changes whenever the content does: a validator for HTTP caches.</summary>
    public string Version { get; }

    public Article? Article(string slug) => _articles.GetValueOrDefault(slug);

    public Story? Story(string name) => Stories.FirstOrDefault(story => story.Name == name);

    public (Article Article, Paragraph Paragraph)? Paragraph(string id) =>
        _paragraphs.TryGetValue(id, out var found) ? found : null;

    public Paragraph? ParagraphByFingerprint(string slug, string fingerprint) =>
        _byFingerprint.GetValueOrDefault((slug, fingerprint));

    public IReadOnlyList<HistoricParagraph> History(string slug) => _history.GetValueOrDefault(slug) ?? [];
}

/// <summary>Articles that report the same event, read side by side.</summary>
public sealed record Story(string Name, IReadOnlyList<Article> Articles)
{
    public string Title => Articles[0].Title;
}
