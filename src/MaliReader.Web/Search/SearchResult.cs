using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Search;

/// <summary>What a search found, best first, and what to tell the reader about it.</summary>
/// <param name="Query">The query as searched (invisible and control characters removed).</param>
/// <param name="Hits">The best hits, at most the limit asked for.</param>
/// <param name="Suggestion">A corrected query built from the articles' own words, or null.</param>
/// <param name="Message">Why nothing was searched for, when the query holds no word to look for (<see cref="SearchQuery.Message"/>), or null.</param>
/// <param name="Total">How many paragraphs matched in all.</param>
/// <param name="MatchingAll">How many of them hold every ranked word of the query.</param>
/// <param name="Terms">How many phrases and meaningful words were searched: with more than one, hits may hold only some.</param>
/// <param name="Problem">Why the query was refused (too long), or null.</param>
public sealed record SearchResult(
    string Query,
    IReadOnlyList<SearchHit> Hits,
    string? Suggestion,
    string? Message,
    int Total,
    int MatchingAll,
    int Terms,
    string? Problem = null)
{
    public static SearchResult Nothing(string query, string? message = null) => new(query, [], null, message, 0, 0, 0);

    /// <summary>Articles of a story with hits that themselves hold no matching paragraph.</summary>
    public IReadOnlyList<SilentArticle> Silent { get; init; } = [];
}

/// <summary>An account of a story that the search found nothing in, while it found something in another account of that story.</summary>
public sealed record SilentArticle(string Slug, string Source, string Title, string Story);

/// <summary>One matching paragraph.</summary>
/// <param name="Snippet">Safe HTML: the encoded text around the matches, matched words in &lt;mark&gt;; a Markdown paragraph's emphasis, code and http(s) links as the reading room shows them.</param>
/// <param name="Url">The paragraph in the reading room, with the query so that its matched words are marked there.</param>
/// <param name="Score">Orders hits: the number of ranked words held, plus a fraction from bm25.</param>
/// <param name="MatchesAll">The paragraph holds every ranked word of the query.</param>
/// <param name="Citation">"RT ¶3": the account's source label and the paragraph's number.</param>
/// <param name="Counterparts">How the story's other accounts put it: the paragraphs the comparison pairs with it, closest first.</param>
public sealed record SearchHit(
    string Slug,
    string ParagraphId,
    int N,
    string Text,
    string Snippet,
    string Url,
    double Score,
    bool MatchesAll,
    int WordsHeld,
    string Source,
    string Title,
    string Story,
    string Citation,
    IReadOnlyList<SearchCounterpart> Counterparts);

/// <summary>A paragraph of another account of the hit's story that reports the same thing.</summary>
/// <param name="Text">The paragraph's text as written (Markdown inline markup unrendered).</param>
/// <param name="Citation">"Unattributed translation ¶4", as <see cref="SearchHit.Citation"/>.</param>
/// <param name="Url">The paragraph's own page: its stable link.</param>
public sealed record SearchCounterpart(string Slug, string ParagraphId, int N, string Text, string Citation, string Url);
