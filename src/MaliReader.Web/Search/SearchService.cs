using System.Globalization;
using System.Text;
using System.Text.Json;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;

namespace MaliReader.Web.Search;

/// <summary>
/// Searches the paragraphs' FTS5 index, ranks hits that hold every meaningful word of the query first,
/// then by bm25 of the paragraph and its article, and describes the hits with the in-memory snapshot.
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
    private readonly Lock _vocabularyLock = new();
    private volatile SnapshotVocabulary? _vocabulary;

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
        var result = Run(query, limit, snapshot);
        _recent.Set(key, result, new MemoryCacheEntryOptions { Size = 1 });
        return result;
    }

    /// <summary>
    /// The paragraphs of <paramref name="story"/> that match <paramref name="raw"/>, as safe HTML with
    /// the matched words in &lt;mark&gt;: for a reader arriving from a search result.
    /// </summary>
    public ParagraphHighlights Highlight(Story story, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > MaxQueryLength || SearchQuery.Parse(raw).Match is not { } match)
        {
            return ParagraphHighlights.None;
        }

        var snapshot = content.Value;
        using var connection = database.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.id, highlight(paragraph_index, 0, $open, $close)
            FROM paragraph_index JOIN paragraphs AS p ON p.pk = paragraph_index.rowid
            WHERE paragraph_index MATCH $match AND p.slug IN (SELECT value FROM json_each($slugs))
            """;
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$slugs", JsonSerializer.Serialize(story.Articles.Select(article => article.Slug)));

        var highlighted = new Dictionary<string, HtmlString>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var marked = reader.GetString(1);
            // Only where the index and the page show the same text (a rebuild may be in flight).
            if (snapshot.Paragraph(reader.GetString(0)) is { } found && found.Paragraph.Text == MarkedText.Plain(marked))
            {
                highlighted[found.Paragraph.Id] = new HtmlString(MarkedText.ToHtml(marked));
            }
        }
        return new ParagraphHighlights(highlighted);
    }

    private SearchResult Run(SearchQuery query, int limit, ContentSnapshot snapshot)
    {
        if (query.Match is null)
        {
            return SearchResult.Nothing(query.Text, query.Message);
        }

        using var connection = database.OpenReadOnly();
        var candidates = Candidates(connection, query.Match, snapshot);
        var held = WordsHeld(connection, query, candidates);
        var ranked = candidates
            .Select(candidate => candidate with { WordsHeld = held?.GetValueOrDefault(candidate.Rowid) ?? query.RankedWords.Count })
            .OrderByDescending(candidate => Tier(query, candidate.WordsHeld))
            .ThenBy(candidate => candidate.Bm25)
            .ThenBy(candidate => candidate.Paragraph.Slug, StringComparer.Ordinal)
            .ThenBy(candidate => candidate.Paragraph.N)
            .ToList();
        var hits = Describe(connection, query, ranked.Take(limit).ToList());

        var message = query.Truncated ? $"Only the first {SearchQuery.MaxTerms} words were searched." : null;
        return new SearchResult(query.Text, hits, Suggest(connection, query, snapshot), message, ranked.Count,
            ranked.Count(candidate => candidate.WordsHeld == query.RankedWords.Count), query.Phrases.Count + query.RankedWords.Count);
    }

    /// <summary>
    /// Paragraphs that hold every word come first. Below them, for a few keywords, a paragraph holding
    /// more of them ranks higher; in a longer question not every word is wanted, and counting them
    /// lets common words outvote a rare one, so there bm25 alone, which weighs words by rarity, decides.
    /// </summary>
    private static int Tier(SearchQuery query, int wordsHeld) =>
        wordsHeld == query.RankedWords.Count || query.RankedWords.Count <= MaxKeywords ? wordsHeld : 0;

    /// <summary>
    /// Every matching paragraph that the current snapshot holds, with its bm25 (lower is better) plus
    /// part of its whole article's bm25, so that an article about the subject outranks a stray mention.
    /// </summary>
    private static List<Candidate> Candidates(SqliteConnection connection, string match, ContentSnapshot snapshot)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH articles AS MATERIALIZED (
                SELECT slug, bm25(article_index) AS bm25 FROM article_index WHERE article_index MATCH $match)
            SELECT paragraph_index.rowid, p.id, bm25(paragraph_index) + $weight * coalesce(articles.bm25, 0)
            FROM paragraph_index JOIN paragraphs AS p ON p.pk = paragraph_index.rowid
                LEFT JOIN articles ON articles.slug = p.slug
            WHERE paragraph_index MATCH $match
            """;
        command.Parameters.AddWithValue("$weight", ArticleWeight);
        command.Parameters.AddWithValue("$match", match);
        var candidates = new List<Candidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (snapshot.Paragraph(reader.GetString(1)) is { } found)
            {
                candidates.Add(new Candidate(reader.GetInt64(0), found.Article, found.Paragraph, reader.GetDouble(2), 0));
            }
        }
        return candidates;
    }

    /// <summary>
    /// How many of the ranked words each candidate holds, asking the index once per word (so stems and
    /// folds count exactly as in the search). Null when every candidate holds the one ranked word.
    /// </summary>
    private static Dictionary<long, int>? WordsHeld(SqliteConnection connection, SearchQuery query, List<Candidate> candidates)
    {
        if (candidates.Count == 0 || (query.RankedWords.Count == 1 && query.Phrases.Count == 0) || query.RankedWords.Count == 0)
        {
            return null;
        }
        var wanted = candidates.Select(candidate => candidate.Rowid).ToHashSet();
        var held = new Dictionary<long, int>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH $word";
        var word = command.Parameters.Add("$word", SqliteType.Text);
        foreach (var term in query.RankedWords)
        {
            word.Value = term.Fts;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var rowid = reader.GetInt64(0);
                if (wanted.Contains(rowid))
                {
                    held[rowid] = held.GetValueOrDefault(rowid) + 1;
                }
            }
        }
        return held;
    }

    private static List<SearchHit> Describe(SqliteConnection connection, SearchQuery query, List<Candidate> top)
    {
        if (top.Count == 0)
        {
            return [];
        }
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT paragraph_index.rowid, p.text, snippet(paragraph_index, 0, $open, $close, '…', $tokens)
            FROM paragraph_index JOIN paragraphs AS p ON p.pk = paragraph_index.rowid
            WHERE paragraph_index MATCH $match AND paragraph_index.rowid IN (SELECT value FROM json_each($rowids))
            """;
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        command.Parameters.AddWithValue("$tokens", SnippetTokens);
        command.Parameters.AddWithValue("$match", query.Match);
        command.Parameters.AddWithValue("$rowids", JsonSerializer.Serialize(top.Select(candidate => candidate.Rowid)));
        var snippets = new Dictionary<long, (string Text, string Snippet)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                snippets[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        var hits = new List<SearchHit>(top.Count);
        foreach (var candidate in top)
        {
            var paragraph = candidate.Paragraph;
            // Only where the index and the snapshot agree on the text (a rebuild may be in flight).
            if (!snippets.TryGetValue(candidate.Rowid, out var found) || found.Text != paragraph.Text)
            {
                continue;
            }
            var relevance = -candidate.Bm25;
            var url = $"/?story={Uri.EscapeDataString(candidate.Article.Story)}&q={Uri.EscapeDataString(query.Text)}#{Uri.EscapeDataString(paragraph.Id)}";
            hits.Add(new SearchHit(paragraph.Slug, paragraph.Id, paragraph.N, paragraph.Text, MarkedText.ToHtml(found.Snippet), url,
                Tier(query, candidate.WordsHeld) + relevance / (1 + relevance), candidate.WordsHeld == query.RankedWords.Count,
                candidate.WordsHeld, candidate.Article.Source, candidate.Article.Title, candidate.Article.Story,
                $"{candidate.Article.CitationLabel} ¶{paragraph.N}"));
        }
        return hits;
    }

    /// <summary>
    /// "Did you mean": the query with each word that no paragraph holds replaced by the closest
    /// article word. Only suggested, never searched in its place.
    /// </summary>
    private string? Suggest(SqliteConnection connection, SearchQuery query, ContentSnapshot snapshot)
    {
        var vocabulary = VocabularyOf(snapshot);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM paragraph_index WHERE paragraph_index MATCH $word)";
        var word = command.Parameters.Add("$word", SqliteType.Text);

        var corrections = new List<(QueryToken Token, string Correction)>();
        foreach (var term in query.Phrases.Concat(query.RankedWords))
        {
            // The last word of a prefix is unfinished on purpose.
            foreach (var token in term.Prefix ? term.Tokens.SkipLast(1) : term.Tokens)
            {
                var folded = Words.Fold(token.Text);
                if (SearchQuery.StopWords.Contains(folded) || !Vocabulary.IsCorrectable(folded) || vocabulary.Contains(folded))
                {
                    continue;
                }
                word.Value = $"\"{token.Text}\"";
                if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0
                    && vocabulary.Closest(folded) is { } closest)
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

    private Vocabulary VocabularyOf(ContentSnapshot snapshot)
    {
        var current = _vocabulary;
        if (current?.Snapshot == snapshot)
        {
            return current.Vocabulary;
        }
        lock (_vocabularyLock)
        {
            if (_vocabulary?.Snapshot != snapshot)
            {
                _vocabulary = new SnapshotVocabulary(snapshot, Vocabulary.From(snapshot));
            }
            return _vocabulary.Vocabulary;
        }
    }

    public void Dispose() => _recent.Dispose();

    private sealed record SnapshotVocabulary(ContentSnapshot Snapshot, Vocabulary Vocabulary);

    private sealed record Candidate(long Rowid, Article Article, Paragraph Paragraph, double Bm25, int WordsHeld);
}
