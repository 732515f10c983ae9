using MaliReader.Web.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaliReader.Web.Pages;

/// <summary>The reading room: one story's articles side by side, or the list of stories when there are several.</summary>
public sealed class IndexModel(ContentPipeline content) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "story")]
    public string? StoryName { get; set; }

    public Story? Story { get; private set; }

    public IReadOnlyList<Story> Stories { get; private set; } = [];

    public IActionResult OnGet()
    {
        var snapshot = content.Current;
        Stories = snapshot.Stories;
        if (StoryName is not null)
        {
            Story = snapshot.Story(StoryName);
            return Story is null ? NotFound() : Page();
        }
        Story = Stories.Count == 1 ? Stories[0] : null;
        return Page();
    }
}
