using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

    public IActionResult OnGet()
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
            StatusCodes.Status429TooManyRequests => ("Too many searches", TooManySearches()),
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
