using System.Collections.Frozen;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Search;

/// <summary>
/// What search derives from one content snapshot, built once when the snapshot is new: every
/// paragraph's search tokens, of the words a reader sees (for matching, marking and snippets), an inverted index of their forms
/// (which paragraphs hold each form, how often), the vocabulary, and the collection statistics that
/// ranking weighs words by (how many articles and paragraphs hold each English stem, how often each
/// article uses each stem, and how long articles and paragraphs are). Paragraphs are numbered in the
/// snapshot's order; an article's paragraphs are consecutive.
/// </summary>
public sealed class SearchIndex
{
    private readonly FrozenDictionary<string, int> _ordinals;
    private readonly (Article Article, Paragraph Paragraph)[] _paragraphs;
    private readonly int[] _articleOf;
    private readonly SearchToken[][] _tokens;
    private readonly FrozenDictionary<string, Posting[]> _postings;
    private readonly int[] _articleLength;
    private readonly FrozenDictionary<string, int> _stemIds;
    private readonly DocumentFrequency[] _frequency;
    private readonly StemCount[][] _articleStems;

    public SearchIndex(ContentSnapshot snapshot)
    {
        Snapshot = snapshot;
        Articles = snapshot.Articles;
        _paragraphs = [.. Articles.SelectMany(article => article.Paragraphs.Select(paragraph => (article, paragraph)))];
        _articleOf = new int[_paragraphs.Length];
        _tokens = new SearchToken[_paragraphs.Length][];
        // One string per distinct form: the tokens of a large library repeat a few tens of thousands of
        // forms millions of times.
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var inParagraph = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordinal = 0;
        for (var a = 0; a < Articles.Count; a++)
        {
            foreach (var paragraph in Articles[a].Paragraphs)
            {
                var tokens = SearchTokens.Visible(paragraph.Text, Articles[a].ReadsInlineMarkupOf(paragraph)).ToArray();
                inParagraph.Clear();
                for (var t = 0; t < tokens.Length; t++)
                {
                    if (!forms.TryGetValue(tokens[t].Form, out var form))
                    {
                        forms[tokens[t].Form] = form = tokens[t].Form;
                    }
                    tokens[t] = tokens[t] with { Form = form };
                    inParagraph[form] = inParagraph.GetValueOrDefault(form) + 1;
                }
                foreach (var (form, count) in inParagraph)
                {
                    if (!postings.TryGetValue(form, out var list))
                    {
                        postings[form] = list = [];
                    }
                    list.Add(new Posting(ordinal, count));
                }
                _tokens[ordinal] = tokens;
                _articleOf[ordinal] = a;
                ordinal++;
            }
        }
        _ordinals = _paragraphs.Select((item, i) => (item.Paragraph.Id, i)).ToFrozenDictionary(item => item.Id, item => item.i, StringComparer.Ordinal);
        _postings = postings.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
        Vocabulary = new Vocabulary(_tokens);

        var stemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var inArticles = new List<int>();
        var inParagraphs = new List<int>();
        var articleStems = new Dictionary<int, int>();
        var paragraphStems = new HashSet<int>();
        _articleLength = new int[Articles.Count];
        _articleStems = new StemCount[Articles.Count][];
        long paragraphTokens = 0;
        ordinal = 0;
        for (var a = 0; a < Articles.Count; a++)
        {
            articleStems.Clear();
            var length = 0;
            foreach (var _ in Articles[a].Paragraphs)
            {
                paragraphStems.Clear();
                var tokens = _tokens[ordinal++];
                foreach (var token in tokens)
                {
                    var stem = Vocabulary.StemOf(token.Form);
                    if (!stemIds.TryGetValue(stem, out var id))
                    {
                        stemIds[stem] = id = stemIds.Count;
                        inArticles.Add(0);
                        inParagraphs.Add(0);
                    }
                    paragraphStems.Add(id);
                    articleStems[id] = articleStems.GetValueOrDefault(id) + 1;
                }
                foreach (var id in paragraphStems)
                {
                    inParagraphs[id]++;
                }
                length += tokens.Length;
                ParagraphCount++;
            }
            foreach (var id in articleStems.Keys)
            {
                inArticles[id]++;
            }
            _articleStems[a] = [.. articleStems.Select(entry => new StemCount(entry.Key, entry.Value))];
            _articleLength[a] = length;
            paragraphTokens += length;
        }
        _stemIds = stemIds.ToFrozenDictionary(StringComparer.Ordinal);
        _frequency = [.. inArticles.Zip(inParagraphs, (articles, paragraphs) => new DocumentFrequency(articles, paragraphs))];
        ArticleCount = Articles.Count;
        AverageArticleLength = ArticleCount == 0 ? 0 : (double)paragraphTokens / ArticleCount;
        AverageParagraphLength = ParagraphCount == 0 ? 0 : (double)paragraphTokens / ParagraphCount;
    }

    public ContentSnapshot Snapshot { get; }

    /// <summary>The snapshot's articles, numbered by their place here.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public Vocabulary Vocabulary { get; }

    public int ArticleCount { get; }

    public int ParagraphCount { get; }

    /// <summary>In search tokens.</summary>
    public double AverageArticleLength { get; }

    /// <summary>In search tokens.</summary>
    public double AverageParagraphLength { get; }

    public IReadOnlyList<SearchToken> TokensOf(Paragraph paragraph) =>
        _ordinals.TryGetValue(paragraph.Id, out var ordinal) ? _tokens[ordinal] : SearchTokens.Of(paragraph.Text);

    public IReadOnlyList<SearchToken> TokensAt(int paragraph) => _tokens[paragraph];

    public (Article Article, Paragraph Paragraph) ParagraphAt(int paragraph) => _paragraphs[paragraph];

    /// <summary>The number of the article that paragraph number <paramref name="paragraph"/> belongs to.</summary>
    public int ArticleOf(int paragraph) => _articleOf[paragraph];

    /// <summary>The paragraphs that hold the form, in ascending order, each with how often it does.</summary>
    public ReadOnlySpan<Posting> PostingsOf(string form) => _postings.TryGetValue(form, out var postings) ? postings : [];

    /// <summary>
    /// How the articles write <paramref name="form"/>, for "did you mean" to suggest a word as the text has it rather than
    /// its folded form ("οδός", not "οδοσ"; "Malí", not "mali"): in lower case, as the suggestion puts the reader's capitals
    /// back, preferring a spelling the text itself writes in lower case (capitals drop Greek accents), then the most frequent.
    /// The form itself when no word of the articles is written as one (an abbreviation with full stops, "U.N.").
    /// Looked up only for a suggestion, so no spelling is kept per form.
    /// </summary>
    public string SpellingOf(string form)
    {
        var spellings = new Dictionary<string, (int Count, bool WrittenSo)>(StringComparer.Ordinal);
        foreach (var posting in PostingsOf(form))
        {
            var text = _paragraphs[posting.Paragraph].Paragraph.Text;
            foreach (var token in _tokens[posting.Paragraph])
            {
                if (token.Form != form)
                {
                    continue;
                }
                var written = Words.WithoutInvisibleCharacters(text.Substring(token.Start, token.Length));
                if (SearchTokens.Form(written) != form)
                {
                    continue;
                }
                var lower = Words.LowerCase(written);
                var (count, writtenSo) = spellings.GetValueOrDefault(lower);
                spellings[lower] = (count + 1, writtenSo || lower == written);
            }
        }
        return spellings.Count == 0 ? form
            : spellings.OrderByDescending(spelling => spelling.Value.WrittenSo).ThenByDescending(spelling => spelling.Value.Count)
                .ThenBy(spelling => spelling.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>Article number <paramref name="article"/>'s length in search tokens.</summary>
    public int ArticleLength(int article) => _articleLength[article];

    /// <summary>How often each English stem (by <see cref="StemId"/>) occurs in article number <paramref name="article"/>.</summary>
    public ReadOnlySpan<StemCount> StemCountsOf(int article) => _articleStems[article];

    /// <summary>A number for each English stem the articles use, or -1 for one they do not.</summary>
    public int StemId(string stem) => _stemIds.GetValueOrDefault(stem, -1);

    /// <summary>How many articles and paragraphs hold a form of the stem.</summary>
    public DocumentFrequency FrequencyOf(string stem) => _stemIds.TryGetValue(stem, out var id) ? _frequency[id] : default;

    public DocumentFrequency FrequencyOf(int stemId) => _frequency[stemId];
}

/// <summary>How many articles and how many paragraphs hold a word.</summary>
public readonly record struct DocumentFrequency(int Articles, int Paragraphs);

/// <summary>A paragraph (by number) that holds a form, and how many times.</summary>
public readonly record struct Posting(int Paragraph, int Count);

/// <summary>An English stem (by number) and how many times a text uses it.</summary>
public readonly record struct StemCount(int Stem, int Count);
