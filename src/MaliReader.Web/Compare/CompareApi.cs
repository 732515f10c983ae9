using MaliReader.Web.Http;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MaliReader.Web.Compare;

public static class CompareApi
{
    public static RouteGroupBuilder MapCompareApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/compare").WithTags("Compare");

        api.MapGet("/", Results<Ok<ComparisonDto>, ProblemHttpResult> (string? story, CurrentSnapshot content, HttpRequest request) =>
        {
            if (SingleValuedParameters.Problem(request.Query, "story") is { } repeated)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Repeated parameter", detail: repeated);
            }
            var snapshot = content.Value;
            // A story named in other casing is answered, not redirected: the answer's "story" is its own name.
            if (string.IsNullOrEmpty(story) || StoryAddress.Story(snapshot, story) is not { } found)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story",
                    detail: "No story has that key; GET /api/articles lists each article's story.");
            }
            if (found.Articles.Count > 1 && StoryComparer.IsTooLongToCompare(found.Articles))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Story too long to compare",
                    detail: $"Its accounts make {StoryComparer.Extent(found.Articles)}.");
            }
            // A story told by one account has nothing to pair: every paragraph is its own.
            var comparison = snapshot.Comparison(found.Name)
                ?? new StoryComparison(found.Name, [.. found.Articles.Select(a => a.Slug)], [],
                    [.. found.Articles.SelectMany(a => a.Paragraphs).Select(p => p.Id)]);
            return TypedResults.Ok(ComparisonDto.From(comparison));
        })
        .WithDescription("The story's paragraphs paired across its accounts, with the differences that matter in each pair. story given more than once is a 400.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}

/// <summary>
/// <c>Pairs</c> hold paragraph ids, <c>Left</c> from the account listed first in <c>Accounts</c>;
/// in a difference, <c>Left</c>/<c>Right</c> are the differing words of each side, null where a side has none.
/// </summary>
public sealed record ComparisonDto(string Story, IReadOnlyList<string> Accounts, IReadOnlyList<PairDto> Pairs, IReadOnlyList<string> Unmatched)
{
    public static ComparisonDto From(StoryComparison comparison) => new(
        comparison.Story,
        comparison.Accounts,
        [.. comparison.Pairs.Select(pair => new PairDto(pair.Left, pair.Right, pair.Score,
            [.. pair.Differences.Select(d => new DifferenceDto(d.Kind.Name(), d.Left?.Text, d.Right?.Text))]))],
        comparison.Unmatched);
}

public sealed record PairDto(string Left, string Right, double Score, IReadOnlyList<DifferenceDto> Differences);

/// <param name="Kind">name, number, term or claim.</param>
public sealed record DifferenceDto(string Kind, string? Left, string? Right);
