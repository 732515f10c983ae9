using System.Collections.Frozen;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Search;

/// <summary>
/// What search derives from one content snapshot, built once when the snapshot is new: every
/// paragraph's search tokens (for matching, marking and snippets), the vocabulary, and the
/// collection statistics that ranking weighs words by (how many articles and paragraphs hold each
/// English stem, and how long articles and paragraphs are).
/// </summary>
public sealed class SearchIndex
{
    private readonly FrozenDictionary<string, SearchToken[]> _tokens;
    private readonly FrozenDictionary<string, int> _articleLength;
    private readonly FrozenDictionary<string, DocumentFrequency> _frequency;
    private readonly FrozenDictionary<string, KeyValuePair<string, int>[]> _articleStems;

    public SearchIndex(ContentSnapshot snapshot)
    {
        Snapshot = snapshot;
        _tokens = snapshot.Articles
            .SelectMany(article => article.Paragraphs)
            .ToFrozenDictionary(paragraph => paragraph.Id, paragraph => SearchTokens.Of(paragraph.Text).ToArray(), StringComparer.Ordinal);
        Vocabulary = new Vocabulary(_tokens.Values);

        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        var inArticles = new Dictionary<string, int>(StringComparer.Ordinal);
        var inParagraphs = new Dictionary<string, int>(StringComparer.Ordinal);
        var articleStems = new Dictionary<string, int>(StringComparer.Ordinal);
        var stemCounts = new Dictionary<string, KeyValuePair<string, int>[]>(StringComparer.Ordinal);
        var paragraphStems = new HashSet<string>(StringComparer.Ordinal);
        long paragraphTokens = 0;
        foreach (var article in snapshot.Articles)
        {
            articleStems.Clear();
            var length = 0;
            foreach (var paragraph in article.Paragraphs)
            {
                paragraphStems.Clear();
                var tokens = _tokens[paragraph.Id];
                foreach (var token in tokens)
                {
                    var stem = Vocabulary.StemOf(token.Form);
                    paragraphStems.Add(stem);
                    articleStems[stem] = articleStems.GetValueOrDefault(stem) + 1;
                }
                foreach (var stem in paragraphStems)
                {
                    inParagraphs[stem] = inParagraphs.GetValueOrDefault(stem) + 1;
                }
                length += tokens.Length;
                ParagraphCount++;
            }
            foreach (var stem in articleStems.Keys)
            {
                inArticles[stem] = inArticles.GetValueOrDefault(stem) + 1;
            }
            stemCounts[article.Slug] = [.. articleStems];
            articles[article.Slug] = length;
            paragraphTokens += length;
        }
        _articleLength = articles.ToFrozenDictionary(StringComparer.Ordinal);
        _articleStems = stemCounts.ToFrozenDictionary(StringComparer.Ordinal);
        _frequency = inParagraphs.ToFrozenDictionary(entry => entry.Key,
            entry => new DocumentFrequency(inArticles.GetValueOrDefault(entry.Key), entry.Value), StringComparer.Ordinal);
        ArticleCount = articles.Count;
        AverageArticleLength = ArticleCount == 0 ? 0 : (double)paragraphTokens / ArticleCount;
        AverageParagraphLength = ParagraphCount == 0 ? 0 : (double)paragraphTokens / ParagraphCount;
    }

    public ContentSnapshot Snapshot { get; }

    public Vocabulary Vocabulary { get; }

    public int ArticleCount { get; }

    public int ParagraphCount { get; }

    /// <summary>In search tokens.</summary>
    public double AverageArticleLength { get; }

    /// <summary>In search tokens.</summary>
    public double AverageParagraphLength { get; }

    public IReadOnlyList<SearchToken> TokensOf(Paragraph paragraph) =>
        _tokens.TryGetValue(paragraph.Id, out var tokens) ? tokens : SearchTokens.Of(paragraph.Text);

    /// <summary>An article's length in search tokens (0 for an article this snapshot does not hold).</summary>
    public int ArticleLength(string slug) => _articleLength.GetValueOrDefault(slug);

    /// <summary>How often each English stem occurs in an article (empty for an article this snapshot does not hold).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> StemCountsOf(string slug) => _articleStems.GetValueOrDefault(slug) ?? [];

    /// <summary>How many articles and paragraphs hold a form of the stem.</summary>
    public DocumentFrequency FrequencyOf(string stem) => _frequency.GetValueOrDefault(stem);
}

/// <summary>How many articles and how many paragraphs hold a word.</summary>
public readonly record struct DocumentFrequency(int Articles, int Paragraphs);
