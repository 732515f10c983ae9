using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaliReader.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    // Shown by the exception handler only: a direct visit would tell crawlers and readers that something broke.
    public IActionResult OnGet() =>
        HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null ? NotFound() : Page();
}
