using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaliReader.Web.Pages;

/// <summary>Search results, grouped by article: first the paragraphs holding every word, then those holding some.</summary>
public sealed class SearchModel(SearchService search, CurrentSnapshot content) : PageModel
{
    public const int Limit = 50;

    /// <summary>The most characters of a query a page title shows.</summary>
    public const int TitleQueryLength = 60;

    /// <summary>The query cut after <see cref="TitleQueryLength"/> characters, at a whole character, with "…".</summary>
    public static string Shortened(string query)
    {
        if (query.Length <= TitleQueryLength)
        {
            return query;
        }
        var elements = System.Globalization.StringInfo.GetNextTextElementLength(query.AsSpan());
        var cut = 0;
        while (cut + elements <= TitleQueryLength)
        {
            cut += elements;
            elements = System.Globalization.StringInfo.GetNextTextElementLength(query.AsSpan(cut));
        }
        return query[..cut].TrimEnd() + "…";
    }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchPage Results { get; private set; } = SearchPage.From(SearchResult.Nothing(""));

    /// <summary>Whether the paragraph is shown with its inline markup read (<see cref="Articles.Article.ReadsInlineMarkupOf(Articles.Paragraph)"/>), to show a counterpart as the reading room does.</summary>
    public bool ReadsInlineMarkupOf(string paragraphId) =>
        content.Value.Paragraph(paragraphId) is (var article, var paragraph) && article.ReadsInlineMarkupOf(paragraph);

    public void OnGet()
    {
        if (SingleValuedParameters.Problem(Request.Query, "q") is { } repeated)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Results = SearchPage.From(SearchResult.Nothing("") with { Problem = repeated });
            return;
        }
        Results = SearchPage.From(search.Search(Query, Limit));
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
