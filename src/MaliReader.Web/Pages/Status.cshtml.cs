using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaliReader.Web.Pages;

/// <summary>For authors: what is served, and every content file that could not be read, with why.</summary>
public sealed class StatusModel(CurrentSnapshot content) : PageModel
{
    public ContentSnapshot Snapshot { get; private set; } = ContentSnapshot.Empty;

    public void OnGet() => Snapshot = content.Value;
}
