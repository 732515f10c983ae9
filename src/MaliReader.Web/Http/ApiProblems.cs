using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace MaliReader.Web.Http;

/// <summary>
/// Under /api and /openapi every answer is JSON, errors as problem+json (RFC 9457): an error status that reaches
/// such an address without a body of its own (an address that is none of the API's routes, a document name the
/// site does not have) is answered so there, where the site's pages get their status page.
/// </summary>
public static class ApiProblems
{
    /// <summary>The one OpenAPI document: mapped at this address alone, so that another name is an ordinary not-found.</summary>
    public const string OpenApiDocumentPath = "/openapi/v1.json";

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static IApplicationBuilder UseApiStatusCodeProblems(this IApplicationBuilder app) =>
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseStatusCodePages(WriteAsync));

    private static Task WriteAsync(StatusCodeContext status)
    {
        var code = status.HttpContext.Response.StatusCode;
        var (title, detail) = code switch
        {
            StatusCodes.Status404NotFound =>
                ("Not found", $"No part of the API is at this address; the OpenAPI document at {OpenApiDocumentPath} lists them."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"This site only reads: it answers {ReadOnlyMethods.Allowed}."),
            _ => (ReasonPhrases.GetReasonPhrase(code), "This request cannot be answered as it was sent."),
        };
        return TypedResults.Problem(statusCode: code, title: title, detail: detail).ExecuteAsync(status.HttpContext);
    }
}
