using System.Collections.Frozen;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Search;

/// <summary>
/// What search derives from one content snapshot, built once when the snapshot is new: every
/// paragraph's search tokens (for matching, marking and snippets) and the vocabulary.
/// </summary>
public sealed class SearchIndex
{
    private readonly FrozenDictionary<string, SearchToken[]> _tokens;

    public SearchIndex(ContentSnapshot snapshot)
    {
        Snapshot = snapshot;
        _tokens = snapshot.Articles
            .SelectMany(article => article.Paragraphs)
            .ToFrozenDictionary(paragraph => paragraph.Id, paragraph => SearchTokens.Of(paragraph.Text).ToArray(), StringComparer.Ordinal);
        Vocabulary = new Vocabulary(_tokens.Values);
    }

    public ContentSnapshot Snapshot { get; }

    public Vocabulary Vocabulary { get; }

    public IReadOnlyList<SearchToken> TokensOf(Paragraph paragraph) =>
        _tokens.TryGetValue(paragraph.Id, out var tokens) ? tokens : SearchTokens.Of(paragraph.Text);
}
