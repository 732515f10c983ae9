using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace MaliReader.Web.Http;

/// <summary>
/// Under /api every answer is JSON, errors as problem+json (RFC 9457): an error status that reaches an API
/// address without a body of its own (an address that is none of the API's routes) is answered so there,
/// where the site's pages get their status page.
/// </summary>
public static class ApiProblems
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static IApplicationBuilder UseApiStatusCodeProblems(this IApplicationBuilder app) =>
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseStatusCodePages(WriteAsync));

    private static Task WriteAsync(StatusCodeContext status)
    {
        var code = status.HttpContext.Response.StatusCode;
        var (title, detail) = code == StatusCodes.Status404NotFound
            ? ("Not found", "No part of the API is at this address; the OpenAPI document at /openapi/v1.json lists them.")
            : (ReasonPhrases.GetReasonPhrase(code), "This request cannot be answered as it was sent.");
        return TypedResults.Problem(statusCode: code, title: title, detail: detail).ExecuteAsync(status.HttpContext);
    }
}
