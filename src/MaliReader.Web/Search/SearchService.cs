using System.Runtime.CompilerServices;
using System.Text;
using MaliReader.Web.Articles;
using MaliReader.Web.Permalinks;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace MaliReader.Web.Search;

/// <summary>
/// Finds the paragraphs that hold the spellings counting as the query's terms in the snapshot's
/// in-memory index (<see cref="SearchIndex"/>, <see cref="TermHolders"/>), keeps those of the
/// best-matching articles, ranks them (<see cref="Relevance"/>) with paragraphs that hold every
/// meaningful word first (and exact forms above other forms of a word, for a few keywords), and
/// describes the hits. No query reads the database. One cache of recent queries' work serves the search page, the API and the reading room's
/// marks for a reader arriving from a result.
/// </summary>
public sealed class SearchService(CurrentSnapshot content) : IDisposable
{
    /// <summary>
    /// In characters as a reader counts them (<see cref="Words.CharacterCount"/>): 𠮷, two UTF-16 units, is one, and
    /// so is an é typed as e and a combining accent, a Vietnamese ệ as three code points, or the conjunct क्ष.
    /// </summary>
    public const int MaxQueryLength = 500;

    /// <summary>
    /// Bounds a query's work whatever its characters: 500 of the longest a reader types (an emoji family of four
    /// people joined, 11 UTF-16 units; a decomposed Vietnamese letter, 3) fit within it; a letter carrying
    /// thousands of marks does not.
    /// </summary>
    private const int MaxQueryUnits = 16 * MaxQueryLength;

    /// <summary>Whether <paramref name="raw"/> is over the length a search may have (<see cref="MaxQueryLength"/> characters as a reader counts them).</summary>
    public static bool IsTooLong(string raw) =>
        raw.Length > MaxQueryLength && (raw.Length > MaxQueryUnits || Words.CharacterCount(raw) > MaxQueryLength);

    private static string TooLongProblem(string raw) => Words.CharacterCount(raw) is var length && length > MaxQueryLength
        ? $"A search can be at most {MaxQueryLength} characters long; this one has {length}."
        : FormattableString.Invariant(
            $"A search can be at most {MaxQueryLength} characters long, written in at most {MaxQueryUnits:N0} UTF-16 code units with their marks; this one takes {raw.Length:N0}.");

    /// <summary>
    /// The most words of the library one prefix* may stand for: "terror*" is a handful, "w1*" over a
    /// list of numbered words could be a hundred thousand, each to be looked up and ranked.
    /// </summary>
    public const int MaxPrefixForms = 1_000;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    private const int SnippetTokens = 64;
    private const int MaxKeywords = 4;
    // The articles whose matching paragraphs are ranked: enough for the longest result list, bounded so
    // that a query's cost does not grow with the library.
    private const int CandidateArticles = 50;

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = 512 });
    // A snapshot's index lives as long as the snapshot, built once however many services search it.
    private static readonly ConditionalWeakTable<ContentSnapshot, Lazy<SearchIndex>> Indexes = new();

    public SearchResult Search(string? raw, int limit = DefaultLimit)
    {
        if (SearchQuery.IsBlank(raw))
        {
            return SearchResult.Nothing("");
        }
        if (IsTooLong(raw))
        {
            return SearchResult.Nothing(Words.Sanitize(raw).Trim()) with
            {
                Problem = TooLongProblem(raw),
            };
        }

        var query = SearchQuery.Parse(raw);
        limit = Math.Clamp(limit, 1, MaxLimit);
        var index = IndexOf(content.Value);
        if (TooCommonPrefix(query, index.Vocabulary) is { } prefix)
        {
            return SearchResult.Nothing(query.Text) with
            {
                Problem = FormattableString.Invariant($"“{prefix}*” begins more than {MaxPrefixForms:N0} different words in the library; type more of the word."),
            };
        }
        var work = WorkFor(query, index);
        if (work.Plan.Match is null)
        {
            return SearchResult.Nothing(query.Text, query.Message);
        }
        var hits = work.Ranked.Take(limit).Select(item => Describe(work.Plan, item, index)).ToList();
        return new SearchResult(query.Text, hits, work.Suggestion, null, work.Total, work.MatchingAll, query.Phrases.Count + query.RankedWords.Count)
        {
            Silent = work.Silent,
        };
    }

    /// <summary>
    /// The paragraphs of <paramref name="story"/> that match <paramref name="raw"/>, with the matched
    /// words between <see cref="MarkedText"/> markers: for a reader arriving from a search result, whose
    /// search is usually still in the cache with its plan.
    /// </summary>
    public ParagraphHighlights Highlight(Story story, string? raw)
    {
        if (SearchQuery.IsBlank(raw) || IsTooLong(raw) || SearchQuery.Parse(raw) is not { HasSomethingToFind: true } query)
        {
            return ParagraphHighlights.None;
        }
        var index = IndexOf(content.Value);
        var cached = _recent.TryGetValue(CacheKey(query, index), out QueryWork? work) ? work : null;
        var plan = cached?.Plan ?? new SearchPlan(query, index.Vocabulary);
        var highlighted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paragraph in story.Articles.SelectMany(article => article.Paragraphs))
        {
            var tokens = index.TokensOf(paragraph);
            var match = plan.MatchIn(tokens);
            if (match.Occurrences.Count > 0 && match.HoldsEveryPhrase && !plan.Excludes(tokens))
            {
                highlighted[paragraph.Id] = Snippet.Marked(paragraph.Text, tokens, match.Occurrences);
            }
        }
        return new ParagraphHighlights(highlighted);
    }

    private static string? TooCommonPrefix(SearchQuery query, Vocabulary vocabulary) =>
        query.Phrases.Concat(query.RankedWords).Concat(query.Exclusions)
            .Where(term => term.Prefix && term.Tokens.Count > 0)
            .Select(term => term.Tokens[^1].Form)
            .FirstOrDefault(prefix => vocabulary.FormsStartingWith(prefix).Take(MaxPrefixForms + 1).Count() > MaxPrefixForms);

    private static (string Version, string Query) CacheKey(SearchQuery query, SearchIndex index) => (index.Snapshot.Version, query.Text);

    private QueryWork WorkFor(SearchQuery query, SearchIndex index)
    {
        var key = CacheKey(query, index);
        if (_recent.TryGetValue(key, out QueryWork? cached) && cached is not null)
        {
            return cached;
        }
        var work = Run(query, index);
        _recent.Set(key, work, new MemoryCacheEntryOptions { Size = 1 });
        return work;
    }

    private static QueryWork Run(SearchQuery query, SearchIndex index)
    {
        var plan = new SearchPlan(query, index.Vocabulary);
        if (plan.Match is null)
        {
            return new QueryWork(plan, [], 0, 0, null, []);
        }

        var (holders, matching, matchingAll, mostHeld) = Find(plan, index);
        var best = Relevance.BestArticles(plan, index, holders, matching, CandidateArticles);

        var candidates = new List<MatchedParagraph>();
        foreach (var number in matching.Where(number => best.Contains(index.ArticleOf(number))).Order())
        {
            var (article, paragraph) = index.ParagraphAt(number);
            var counts = holders.Select(holding => holding.Counts.GetValueOrDefault(number)).ToArray();
            candidates.Add(new MatchedParagraph(number, article, paragraph, index.TokensAt(number).Count, counts,
                WordsHeld: counts.Skip(plan.Phrases.Count).Count(count => count > 0),
                ExactHeld: holders.Count(holding => holding.Exact.Contains(number))));
        }
        var relevance = Relevance.Of(plan, index, candidates);
        var keywords = query.RankedWords.Count <= MaxKeywords;
        var ranked = candidates
            .Select((candidate, i) => new RankedParagraph(candidate, relevance[i]))
            .OrderByDescending(item => Tier(query, item.Candidate.WordsHeld))
            .ThenByDescending(item => keywords ? item.Candidate.ExactHeld : 0)
            .ThenByDescending(item => item.Relevance)
            .ThenBy(item => item.Candidate.Paragraph.Slug, StringComparer.Ordinal)
            .ThenBy(item => item.Candidate.Paragraph.N)
            .ToList();

        var kept = ranked.Take(MaxLimit).ToList();
        return new QueryWork(plan, kept, matching.Count, matchingAll, Suggest(plan, index, matching.Count, mostHeld), SilentAccounts(plan, ranked, index));
    }

    /// <summary>
    /// Which paragraphs hold each term; which match (every phrase, or else any ranked word, and none of
    /// the exclusions), in no particular order; how many of those hold every term; and the most terms
    /// that one of them holds.
    /// </summary>
    private static (List<TermHolding> Holders, List<int> Matching, int MatchingAll, int MostHeld) Find(SearchPlan plan, SearchIndex index)
    {
        var holders = plan.Phrases.Concat(plan.RankedWords).Select(pattern => TermHolders.Of(pattern, index)).ToList();
        var excluded = plan.Exclusions.SelectMany(pattern => TermHolders.Of(pattern, index).Counts.Keys).ToHashSet();
        var phrases = holders.Take(plan.Phrases.Count).ToList();
        var matching = (phrases.Count > 0
                ? phrases[0].Counts.Keys.Where(paragraph => phrases.All(holding => holding.Counts.ContainsKey(paragraph)))
                : holders.SelectMany(holding => holding.Counts.Keys).Distinct())
            .Where(paragraph => !excluded.Contains(paragraph))
            .ToList();
        var held = matching.Select(paragraph => holders.Count(holding => holding.Counts.ContainsKey(paragraph))).ToList();
        return (holders, matching, held.Count(count => count == holders.Count), held.DefaultIfEmpty().Max());
    }

    /// <summary>
    /// Paragraphs that hold every word come first. Below them, for a few keywords, a paragraph holding
    /// more of them ranks higher; in a longer question not every word is wanted, and counting them
    /// lets common words outvote a rare one, so there relevance alone, which weighs words by rarity, decides.
    /// </summary>
    private static int Tier(SearchQuery query, int wordsHeld) =>
        wordsHeld == query.RankedWords.Count || query.RankedWords.Count <= MaxKeywords ? wordsHeld : 0;

    private static SearchHit Describe(SearchPlan plan, RankedParagraph item, SearchIndex index)
    {
        var query = plan.Query;
        var (number, article, paragraph, _, _, wordsHeld, _) = item.Candidate;
        // Where the words occur is found only for the hits shown: ranking needed only how often.
        var tokens = index.TokensAt(number);
        // Shown as the reading room shows it, so a snippet is never cut inside a link (only a long paragraph is cut).
        var links = tokens.Count > SnippetTokens ? Rendering.ParagraphMarkup.Layout(paragraph.Text, article.ReadsInlineMarkupOf(paragraph)).Links : [];
        var snippet = Snippet.Window(paragraph.Text, tokens, plan.MatchIn(tokens).Occurrences, SnippetTokens, links);
        // The story's own name, so that the link needs no redirect when accounts spell its key in other casing.
        var story = index.Snapshot.Story(article.Story)?.Name ?? article.Story;
        var url = $"/?story={Uri.EscapeDataString(story)}&q={Uri.EscapeDataString(query.Text)}#{Uri.EscapeDataString(paragraph.Id)}";
        var html = Rendering.ParagraphMarkup.ToHtml(snippet, article.ReadsInlineMarkupOf(paragraph)).ToString()!;
        return new SearchHit(paragraph.Slug, paragraph.Id, paragraph.N, paragraph.Text, html, url,
            Score(query, item), wordsHeld == query.RankedWords.Count,
            wordsHeld, article.Source, article.Title, story, $"{index.Snapshot.CitationLabelOf(article)} ¶{paragraph.N}",
            CounterpartsOf(paragraph, article.Story, index.Snapshot));
    }

    private static IReadOnlyList<SearchCounterpart> CounterpartsOf(Paragraph paragraph, string story, ContentSnapshot snapshot) =>
        snapshot.Comparison(story) is { } comparison
            ?
            [
                .. comparison.CounterpartsOf(paragraph.Id)
                    .Select(counterpart => snapshot.Paragraph(counterpart.Counterpart))
                    .OfType<(Article Article, Paragraph Paragraph)>()
                    .Select(other => new SearchCounterpart(other.Paragraph.Slug, other.Paragraph.Id, other.Paragraph.N, other.Paragraph.Text,
                        $"{snapshot.CitationLabelOf(other.Article)} ¶{other.Paragraph.N}", PermalinkResolver.PathFor(other.Paragraph))),
            ]
            : [];

    /// <summary>Orders hits as the ranking does: the tier, then (for keywords) exact forms held, then relevance, each below one step of the one before.</summary>
    private static double Score(SearchQuery query, RankedParagraph item)
    {
        var terms = query.RankedWords.Count + query.Phrases.Count;
        var exact = query.RankedWords.Count <= MaxKeywords ? item.Candidate.ExactHeld : 0;
        // Relevance is at most 1; kept below it so that it never reaches the next step.
        return Tier(query, item.Candidate.WordsHeld) + (exact + item.Relevance * 0.999) / (terms + 1);
    }

    /// <summary>
    /// For each story with hits, its other accounts that hold none: the reader should know they are
    /// silent, not missing. Ranking sees only the best articles' paragraphs, so an account outside them
    /// is read here before it is called silent.
    /// </summary>
    private static IReadOnlyList<SilentArticle> SilentAccounts(SearchPlan plan, List<RankedParagraph> ranked, SearchIndex index)
    {
        var found = ranked.Select(item => item.Candidate.Article.Slug).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. ranked.Select(item => index.Snapshot.Story(item.Candidate.Article.Story)).OfType<Story>().Distinct()
                .SelectMany(story => story.Articles.Where(article => !found.Contains(article.Slug) && !Holds(plan, article, index))
                    .Select(article => new SilentArticle(article.Slug, article.Source, article.Title, story.Name))),
        ];
    }

    private static bool Holds(SearchPlan plan, Article article, SearchIndex index) =>
        article.Paragraphs.Select(index.TokensOf).Any(tokens =>
            plan.MatchIn(tokens) is { Occurrences.Count: > 0, HoldsEveryPhrase: true } && !plan.Excludes(tokens));

    /// <summary>
    /// "Did you mean": the query with each word that the articles hold in no form replaced by the closest
    /// article word, offered only when it is a real improvement on what the query found: some paragraph
    /// holds more of its words than any paragraph holds of the query's, or it finds at least twice as
    /// many paragraphs. Only suggested, never searched in its place.
    /// </summary>
    private static string? Suggest(SearchPlan plan, SearchIndex index, int found, int mostHeld)
    {
        var query = plan.Query;
        var corrections = new List<(QueryToken Token, string Correction)>();
        foreach (var term in query.Phrases.Concat(query.RankedWords))
        {
            // The last word of a prefix is unfinished on purpose.
            foreach (var token in term.Prefix ? term.Tokens.SkipLast(1) : term.Tokens)
            {
                if (SearchQuery.StopWords.Contains(token.Form) || !Vocabulary.IsCorrectable(token.Form) || index.Vocabulary.Knows(token.Form))
                {
                    continue;
                }
                if (index.Vocabulary.Closest(token.Form) is { } closest)
                {
                    corrections.Add((token, index.SpellingOf(closest)));
                }
            }
        }
        if (corrections.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(query.Text);
        foreach (var (token, correction) in corrections.OrderByDescending(correction => correction.Token.Start))
        {
            text.Remove(token.Start, token.Text.Length).Insert(token.Start, InCaseOf(token.Text, correction));
        }
        var suggestion = text.ToString();
        if (string.Equals(suggestion, query.Text, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var better = Find(new SearchPlan(SearchQuery.Parse(suggestion), index.Vocabulary), index);
        return better.MostHeld > mostHeld || better.Matching.Count >= 2 * Math.Max(found, 1) ? suggestion : null;
    }

    /// <summary>The correction written as the reader wrote the word: "TIMBUKTU", "Timbuktu" or "timbuktu".</summary>
    private static string InCaseOf(string typed, string correction) =>
        typed.Length > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? correction.ToUpperInvariant()
        : char.IsUpper(typed[0]) ? string.Concat(correction[..1].ToUpperInvariant(), correction[1..])
        : correction;

    /// <summary>Builds the snapshot's index ahead of its first search, which would otherwise wait for it.</summary>
    public static void PrepareIndex(ContentSnapshot snapshot) => IndexOf(snapshot);

    private static SearchIndex IndexOf(ContentSnapshot snapshot) =>
        Indexes.GetValue(snapshot, key => new Lazy<SearchIndex>(() => new SearchIndex(key))).Value;

    public void Dispose()
    {
        _recent.Dispose();
    }

    private sealed record RankedParagraph(MatchedParagraph Candidate, double Relevance);

    /// <summary>What one query found, kept in the cache: enough for any limit, the page, the API and the arrival marks.</summary>
    private sealed record QueryWork(
        SearchPlan Plan,
        IReadOnlyList<RankedParagraph> Ranked,
        int Total,
        int MatchingAll,
        string? Suggestion,
        IReadOnlyList<SilentArticle> Silent);
}
