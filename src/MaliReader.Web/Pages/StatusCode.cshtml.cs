using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;

namespace MaliReader.Web.Pages;

/// <summary>
/// The page shown for an error status that came without a body of its own (not found, too many
/// searches, a range past the end of a file, …). It keeps the status and headers of the answer it
/// explains, Retry-After included, and only shows them in the site's layout.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public const string Route = "/status-code/{0}";

    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    /// <summary>
    /// Answers the request with a 400 whose page says why, in the site's layout: for a page whose
    /// parameters cannot be read as sent (a parameter given twice, …).
    /// </summary>
    public static IActionResult Refuse(HttpContext context, string reason)
    {
        context.Features.Set(new RefusedRequest(reason));
        return new StatusCodeResult(StatusCodes.Status400BadRequest);
    }

    // Not OnGet: a request refused for its method (a POST to a page) is explained by this page asked for with that
    // method, and Razor Pages would render the page without calling a handler named for another.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => context.Result = Explain();

    private IActionResult Explain()
    {
        // Reached only by re-execution; a direct visit to this address is a visit to nothing.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            return NotFound();
        }
        Status = Response.StatusCode;
        (Title, Message) = Status switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is nothing at this address."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "This site only reads: it answers GET and HEAD requests, such as a browser sends to read a page."),
            StatusCodes.Status429TooManyRequests => ("Too many searches", TooManySearches()),
            StatusCodes.Status400BadRequest when HttpContext.Features.Get<RefusedRequest>() is { } refused =>
                ("Cannot answer", refused.Reason),
            >= 500 => ("Something went wrong", "The page could not be shown. Try again in a moment."),
            _ => (ReasonPhrases.GetReasonPhrase(Status) is { Length: > 0 } reason ? reason : "Cannot answer",
                "This request cannot be answered as it was sent."),
        };
        return Page();
    }

    private string TooManySearches()
    {
        var wait = int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? $"in {seconds} {(seconds == 1 ? "second" : "seconds")}"
            : "in a moment";
        return $"This address has searched too often in a short time. Try again {wait}.";
    }
}

/// <summary>Why a page refused a request, kept on the request for the status page that explains it.</summary>
public sealed record RefusedRequest(string Reason);
