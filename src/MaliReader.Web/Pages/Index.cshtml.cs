using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaliReader.Web.Pages;

/// <summary>The reading room: one story's articles side by side, or the list of stories when there are several.</summary>
public sealed class IndexModel(CurrentSnapshot content, SearchService search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "story")]
    public string? StoryName { get; set; }

    /// <summary>The search a reader arrived from: its matched words are marked in the story's paragraphs.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>"aligned" shows the accounts' paragraphs in rows of what they report; anything else, each account as published.</summary>
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool IsAligned => string.Equals(View, "aligned", StringComparison.OrdinalIgnoreCase);

    /// <summary>The story's comparison as shown: set whenever a story is shown.</summary>
    public ComparisonView? Comparison { get; private set; }

    public ParagraphHighlights Highlights { get; private set; } = ParagraphHighlights.None;

    public Story? Story { get; private set; }

    public IReadOnlyList<Story> Stories { get; private set; } = [];

    public IActionResult OnGet()
    {
        var snapshot = content.Value;
        Stories = snapshot.Stories;
        if (StoryName is not null)
        {
            Story = snapshot.Story(StoryName);
            if (Story is null)
            {
                return NotFound();
            }
        }
        else
        {
            Story = Stories.Count == 1 ? Stories[0] : null;
        }
        if (Story is not null)
        {
            Highlights = search.Highlight(Story, Query);
            Comparison = new ComparisonView(Story, snapshot.Comparison(Story.Name));
        }
        return Page();
    }
}
