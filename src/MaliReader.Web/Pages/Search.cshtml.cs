using MaliReader.Web.Permalinks;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaliReader.Web.Pages;

/// <summary>Search results, grouped by article: first the paragraphs holding every word, then those holding some.</summary>
public sealed class SearchModel(SearchService search, CurrentSnapshot content) : PageModel
{
    public const int Limit = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchPage Results { get; private set; } = SearchPage.From(SearchResult.Nothing(""));

    /// <summary>For each hit, how the story's other accounts put it: the paragraphs the comparison pairs with it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<HitCounterpart>> Counterparts { get; private set; } =
        new Dictionary<string, IReadOnlyList<HitCounterpart>>();

    public void OnGet()
    {
        Results = SearchPage.From(search.Search(Query, Limit));
        Counterparts = HitCounterpart.For(content.Value, Results.Result.Hits);
    }
}

/// <param name="Label">"Unattributed translation ¶4".</param>
/// <param name="Url">The counterpart's own page (its stable link).</param>
public sealed record HitCounterpart(string Label, string Text, string Url)
{
    public static IReadOnlyDictionary<string, IReadOnlyList<HitCounterpart>> For(ContentSnapshot snapshot, IEnumerable<SearchHit> hits)
    {
        var found = new Dictionary<string, IReadOnlyList<HitCounterpart>>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            // The index may briefly lag the snapshot: a hit whose story is gone simply shows none.
            if (snapshot.Comparison(hit.Story) is not { } comparison)
            {
                continue;
            }
            found[hit.ParagraphId] =
            [
                .. comparison.CounterpartsOf(hit.ParagraphId)
                    .Select(c => snapshot.Paragraph(c.Counterpart))
                    .OfType<(Articles.Article Article, Articles.Paragraph Paragraph)>()
                    .Select(p => new HitCounterpart($"{p.Article.CitationLabel} ¶{p.Paragraph.N}", p.Paragraph.Text, PermalinkResolver.PathFor(p.Paragraph))),
            ];
        }
        return found;
    }
}

public sealed record SearchPage(SearchResult Result, IReadOnlyList<ArticleHits> EveryWord, IReadOnlyList<ArticleHits> SomeWords)
{
    public static SearchPage From(SearchResult result) => new(result,
        ArticleHits.Group(result.Hits.Where(hit => hit.MatchesAll)),
        ArticleHits.Group(result.Hits.Where(hit => !hit.MatchesAll)));

    /// <summary>With several words or phrases, what matters is how many paragraphs hold them all.</summary>
    public string Summary => Result.Terms > 1
        ? Result.MatchingAll switch
        {
            0 => "No paragraph holds every word; these hold some of them.",
            1 => "1 paragraph holds every word.",
            var n => $"{n} paragraphs hold every word.",
        }
        : Result.Total == 1 ? "1 paragraph matches." : $"{Result.Total} paragraphs match.";
}

/// <summary>One article's hits, in rank order, under its source label; articles ordered by their best hit.</summary>
public sealed record ArticleHits(string Slug, string Source, string Title, string Story, IReadOnlyList<SearchHit> Hits)
{
    public static IReadOnlyList<ArticleHits> Group(IEnumerable<SearchHit> hits) =>
    [
        .. hits.GroupBy(hit => hit.Slug, StringComparer.Ordinal)
            .Select(group => new ArticleHits(group.Key, group.First().Source, group.First().Title, group.First().Story, [.. group])),
    ];
}
