using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MaliReader.Web.Search;

public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Results<Ok<SearchResponse>, ProblemHttpResult> (string? q, string? limit, SearchService search, HttpRequest request) =>
        {
            if (SingleValuedParameters.Problem(request.Query, "q", "limit") is { } repeated)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Repeated parameter", detail: repeated);
            }
            var count = SearchService.DefaultLimit;
            if (limit is not null && !int.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out count))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid limit",
                    detail: $"limit must be a whole number from {int.MinValue} to {int.MaxValue}; values are kept between 1 and {SearchService.MaxLimit}.");
            }

            var result = search.Search(q, count);
            if (result.Problem is not null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Search not possible", detail: result.Problem);
            }
            return TypedResults.Ok(new SearchResponse(result.Query, result.Hits, result.Suggestion, result.Message, result.Total, result.MatchingAll, result.Silent));
        })
        .WithTags("Search")
        .WithSummary("Search every article")
        .WithDescription("""
            Words are wanted, not all required: paragraphs holding every word rank first (for a few keywords, more words rank higher), then by the relevance of their article and of the paragraph itself.
            "exact phrase", -exclude and prefix* are understood. limit defaults to 20 and is kept between 1 and 100. q or limit given more than once is a 400.
            A query with no word to look for (punctuation, marks, control or invisible characters alone) finds nothing, and message says so; a blank one has no message.
            Each hit carries its counterparts: how the story's other accounts put it (paragraph id, citation, text as written and its stable link), closest first; an empty array when no other account reports it.
            """);
    }
}

/// <summary>The search API's answer: hits best first, a "did you mean" suggestion or null, and the accounts of a found story that hold no hit.</summary>
public sealed record SearchResponse(
    string Query,
    IReadOnlyList<SearchHit> Hits,
    string? Suggestion,
    string? Message,
    int Total,
    int MatchingAll,
    IReadOnlyList<SilentArticle> Silent);
