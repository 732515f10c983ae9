using System.Text;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;

namespace MaliReader.Web.Search;

/// <summary>
/// Searches the unstemmed FTS5 index of paragraph words for the spellings that count as the query's
/// terms, ranks hits that hold every meaningful word first (exact forms above other forms of a word
/// for a few keywords), then by bm25 of the paragraph and its article, and describes the hits with the
/// in-memory snapshot.
/// </summary>
public sealed class SearchService(Database database, CurrentSnapshot content) : IDisposable
{
    public const int MaxQueryLength = 500;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    private const int SnippetTokens = 64;
    private const int MaxKeywords = 4;
    private const double ArticleWeight = 0.5;

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = 512 });
    private readonly Lock _indexLock = new();
    private volatile SearchIndex? _index;

    public SearchResult Search(string? raw, int limit = DefaultLimit)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return SearchResult.Nothing("");
        }
        if (raw.Length > MaxQueryLength)
        {
            return SearchResult.Nothing(Words.Sanitize(raw).Trim()) with
            {
                Problem = $"A search can be at most {MaxQueryLength} characters long; this one has {raw.Length}.",
            };
        }

        var query = SearchQuery.Parse(raw);
        limit = Math.Clamp(limit, 1, MaxLimit);
        var snapshot = content.Value;
        var key = (snapshot.Version, query.Text, limit);
        if (_recent.TryGetValue(key, out SearchResult? cached) && cached is not null)
        {
            return cached;
        }
        var result = Run(query, limit, IndexOf(snapshot));
        _recent.Set(key, result, new MemoryCacheEntryOptions { Size = 1 });
        return result;
    }

    /// <summary>
    /// The paragraphs of <paramref name="story"/> that match <paramref name="raw"/>, as safe HTML with
    /// the matched words in &lt;mark&gt;: for a reader arriving from a search result.
    /// </summary>
    public ParagraphHighlights Highlight(Story story, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > MaxQueryLength || SearchQuery.Parse(raw) is not { HasSomethingToFind: true } query)
        {
            return ParagraphHighlights.None;
        }
        var index = IndexOf(content.Value);
        var plan = new SearchPlan(query, index.Vocabulary);
        var highlighted = new Dictionary<string, HtmlString>(StringComparer.Ordinal);
        foreach (var paragraph in story.Articles.SelectMany(article => article.Paragraphs))
        {
            var tokens = index.TokensOf(paragraph);
            var match = plan.MatchIn(tokens);
            if (match.Occurrences.Count > 0 && match.HoldsEveryPhrase && !plan.Excludes(tokens))
            {
                highlighted[paragraph.Id] = new HtmlString(MarkedText.ToHtml(Snippet.Marked(paragraph.Text, tokens, match.Occurrences)));
            }
        }
        return new ParagraphHighlights(highlighted);
    }

    private SearchResult Run(SearchQuery query, int limit, SearchIndex index)
    {
        var plan = new SearchPlan(query, index.Vocabulary);
        if (plan.Match is not { } match)
        {
            return SearchResult.Nothing(query.Text, query.Message);
        }

        using var connection = database.OpenReadOnly();
        var keywords = query.RankedWords.Count <= MaxKeywords;
        var ranked = Candidates(connection, match, plan.StemmedMatch!, index)
            .Select(candidate => (Candidate: candidate, Match: plan.MatchIn(index.TokensOf(candidate.Paragraph))))
            // The index and the snapshot agree unless a rebuild is in flight: only what both hold is shown.
            .Where(item => item.Match.Occurrences.Count > 0 && item.Match.HoldsEveryPhrase)
            .Select(item => new RankedParagraph(item.Candidate, item.Match, item.Match.WordsHeld))
            .OrderByDescending(item => Tier(query, item.WordsHeld))
            .ThenByDescending(item => keywords ? item.Match.ExactHeld : 0)
            .ThenBy(item => item.Candidate.Bm25)
            .ThenBy(item => item.Candidate.Paragraph.Slug, StringComparer.Ordinal)
            .ThenBy(item => item.Candidate.Paragraph.N)
            .ToList();

        var hits = ranked.Take(limit).Select(item => Describe(query, item, index)).ToList();
        return new SearchResult(query.Text, hits, Suggest(plan, index.Vocabulary), null, ranked.Count,
            ranked.Count(item => item.WordsHeld == query.RankedWords.Count), query.Phrases.Count + query.RankedWords.Count)
        {
            Silent = SilentAccounts(ranked, index.Snapshot),
        };
    }

    /// <summary>
    /// Paragraphs that hold every word come first. Below them, for a few keywords, a paragraph holding
    /// more of them ranks higher; in a longer question not every word is wanted, and counting them
    /// lets common words outvote a rare one, so there bm25 alone, which weighs words by rarity, decides.
    /// </summary>
    private static int Tier(SearchQuery query, int wordsHeld) =>
        wordsHeld == query.RankedWords.Count || query.RankedWords.Count <= MaxKeywords ? wordsHeld : 0;

    /// <summary>
    /// Every matching paragraph that the current snapshot holds, with its bm25 (lower is better; from
    /// the unstemmed index where the stemmed one misses it, as for a long prefix) plus part of its whole article's bm25, so that an article about the subject outranks a stray mention.
    /// </summary>
    private static List<Candidate> Candidates(SqliteConnection connection, string match, string stemmedMatch, SearchIndex index)
    {
        using var command = connection.CreateCommand();
        // Which paragraphs match is decided on the unstemmed words; how well, by bm25 on the stemmed
        // indexes of paragraphs and whole articles, where the forms of a word count as one word.
        command.CommandText = """
            WITH articles AS MATERIALIZED (
                SELECT slug, bm25(article_index) AS bm25 FROM article_index WHERE article_index MATCH $stemmed),
            stemmed AS MATERIALIZED (
                SELECT rowid, bm25(paragraph_index) AS bm25 FROM paragraph_index WHERE paragraph_index MATCH $stemmed)
            SELECT p.id, coalesce(stemmed.bm25, bm25(paragraph_words)) + $weight * coalesce(articles.bm25, 0)
            FROM paragraph_words JOIN paragraphs AS p ON p.pk = paragraph_words.rowid
                LEFT JOIN stemmed ON stemmed.rowid = p.pk
                LEFT JOIN articles ON articles.slug = p.slug
            WHERE paragraph_words MATCH $match
            """;
        command.Parameters.AddWithValue("$weight", ArticleWeight);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$stemmed", stemmedMatch);
        var candidates = new List<Candidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (index.Snapshot.Paragraph(reader.GetString(0)) is { } found)
            {
                candidates.Add(new Candidate(found.Article, found.Paragraph, reader.GetDouble(1)));
            }
        }
        return candidates;
    }

    private static SearchHit Describe(SearchQuery query, RankedParagraph item, SearchIndex index)
    {
        var (article, paragraph, bm25) = item.Candidate;
        var relevance = -bm25;
        var snippet = Snippet.Window(paragraph.Text, index.TokensOf(paragraph), item.Match.Occurrences, SnippetTokens);
        var url = $"/?story={Uri.EscapeDataString(article.Story)}&q={Uri.EscapeDataString(query.Text)}#{Uri.EscapeDataString(paragraph.Id)}";
        return new SearchHit(paragraph.Slug, paragraph.Id, paragraph.N, paragraph.Text, MarkedText.ToHtml(snippet), url,
            Score(query, item, relevance), item.WordsHeld == query.RankedWords.Count,
            item.WordsHeld, article.Source, article.Title, article.Story, $"{article.CitationLabel} ¶{paragraph.N}");
    }

    /// <summary>Orders hits as the ranking does: the tier, then (for keywords) exact forms held, then bm25, each below one step of the one before.</summary>
    private static double Score(SearchQuery query, RankedParagraph item, double relevance)
    {
        var terms = query.RankedWords.Count + query.Phrases.Count;
        var exact = query.RankedWords.Count <= MaxKeywords ? item.Match.ExactHeld : 0;
        return Tier(query, item.WordsHeld) + (exact + relevance / (1 + relevance)) / (terms + 1);
    }

    /// <summary>For each story with hits, its other accounts that hold none: the reader should know they are silent, not missing.</summary>
    private static IReadOnlyList<SilentArticle> SilentAccounts(List<RankedParagraph> ranked, ContentSnapshot snapshot)
    {
        var found = ranked.Select(item => item.Candidate.Article.Slug).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. ranked.Select(item => item.Candidate.Article.Story).Distinct(StringComparer.Ordinal)
                .Select(snapshot.Story).OfType<Story>()
                .SelectMany(story => story.Articles.Where(article => !found.Contains(article.Slug)))
                .Select(article => new SilentArticle(article.Slug, article.Source, article.Title, article.Story)),
        ];
    }

    /// <summary>
    /// "Did you mean": the query with each word that the articles hold in no form replaced by the closest
    /// article word. Only suggested, never searched in its place.
    /// </summary>
    private static string? Suggest(SearchPlan plan, Vocabulary vocabulary)
    {
        var query = plan.Query;
        var corrections = new List<(QueryToken Token, string Correction)>();
        foreach (var term in query.Phrases.Concat(query.RankedWords))
        {
            // The last word of a prefix is unfinished on purpose.
            foreach (var token in term.Prefix ? term.Tokens.SkipLast(1) : term.Tokens)
            {
                if (SearchQuery.StopWords.Contains(token.Form) || !Vocabulary.IsCorrectable(token.Form) || vocabulary.Knows(token.Form))
                {
                    continue;
                }
                if (vocabulary.Closest(token.Form) is { } closest)
                {
                    corrections.Add((token, closest));
                }
            }
        }
        if (corrections.Count == 0)
        {
            return null;
        }

        var suggestion = new StringBuilder(query.Text);
        foreach (var (token, correction) in corrections.OrderByDescending(correction => correction.Token.Start))
        {
            suggestion.Remove(token.Start, token.Text.Length).Insert(token.Start, InCaseOf(token.Text, correction));
        }
        return suggestion.ToString();
    }

    /// <summary>The correction written as the reader wrote the word: "TIMBUKTU", "Timbuktu" or "timbuktu".</summary>
    private static string InCaseOf(string typed, string correction) =>
        typed.Length > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? correction.ToUpperInvariant()
        : char.IsUpper(typed[0]) ? string.Concat(correction[..1].ToUpperInvariant(), correction[1..])
        : correction;

    private SearchIndex IndexOf(ContentSnapshot snapshot)
    {
        var current = _index;
        if (current?.Snapshot == snapshot)
        {
            return current;
        }
        lock (_indexLock)
        {
            if (_index?.Snapshot != snapshot)
            {
                _index = new SearchIndex(snapshot);
            }
            return _index;
        }
    }

    public void Dispose() => _recent.Dispose();

    private sealed record Candidate(Article Article, Paragraph Paragraph, double Bm25);

    private sealed record RankedParagraph(Candidate Candidate, ParagraphMatch Match, int WordsHeld);
}
