using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MaliReader.Web.Http;

/// <summary>
/// Completes the OpenAPI document with what every endpoint shares: the problem+json answers the app
/// gives (400 for invalid input, 404 for an unknown route value, 429 from the search rate limit) and a
/// description of each parameter. An endpoint's own declarations win; this only fills gaps.
/// </summary>
public sealed class OpenApiProblemResponses : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>Parameters are named alike across the API, so one description serves each name.</summary>
    private static readonly Dictionary<string, string> ParameterDescriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q"] = "What to search for: words, \"exact phrases\", prefix* and -excluded words; at most 500 characters.",
        ["limit"] = "How many hits to return, best first: a whole number, kept between 1 and 100; 20 when absent.",
        ["slug"] = "An article's slug: its content file's name without .md, as GET /api/articles lists it; a slug in other casing or with decomposed accents finds it too.",
        ["story"] = "A story's name, as GET /api/articles gives each article's story; when no story has the name as typed, case and the composition of accents are ignored, and the answer names the story as it is.",
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var parameters = context.Description.ParameterDescriptions;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is { } name && ParameterDescriptions.TryGetValue(name, out var description))
            {
                parameter.Description = description;
            }
        }

        var problems = new List<(string Status, string Description)>();
        if (parameters.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query))
        {
            problems.Add(("400", "Invalid input, such as a search over the length limit; the detail says what to change."));
        }
        if (parameters.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
        {
            problems.Add(("404", "Nothing has that address; the detail says where to look."));
        }
        if (context.Description.RelativePath is { } path && SearchRateLimiting.IsSearch(new PathString("/" + path.Split('?')[0])))
        {
            problems.Add(("429", "Too many searches from this address in a short time; wait the seconds in the Retry-After header."));
        }
        if (problems.Count == 0)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses ??= [];
        foreach (var (status, description) in problems)
        {
            if (operation.Responses.ContainsKey(status))
            {
                continue;
            }
            var response = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
            };
            if (status == "429")
            {
                response.Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader
                    {
                        Description = "Seconds to wait before searching again.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    },
                };
            }
            operation.Responses[status] = response;
        }
    }
}
