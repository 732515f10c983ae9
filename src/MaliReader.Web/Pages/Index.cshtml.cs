using System.Globalization;
using MaliReader.Web.Articles;
using MaliReader.Web.Http;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;

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

    /// <summary>The page of the story list shown when no one story is read.</summary>
    public StoryListPage StoryList { get; private set; } = StoryListPage.Empty;

    // "page" is read from the query alone: in Razor Pages the route value of that name is the page's path.
    public IActionResult OnGet([FromQuery(Name = "page")] string? page)
    {
        if (SingleValuedParameters.Problem(Request.Query, "story", "q", "view", "page") is { } repeated)
        {
            return StatusCodeModel.Refuse(HttpContext, repeated);
        }
        // A search too long to be run is not one a reader arrived from: it is neither marked nor carried into the page's
        // links and search box (a 120 KB one made a 480 KB page).
        if (Query is not null && SearchService.IsTooLong(Query))
        {
            Query = null;
        }
        var snapshot = content.Value;
        Stories = snapshot.Stories;
        if (StoryName is not null)
        {
            Story = StoryAddress.Story(snapshot, StoryName);
            if (Story is null)
            {
                return NotFound();
            }
            if (Story.Name != StoryName)
            {
                // One story, one address: a name typed in other casing or composition is sent to the story's own.
                return RedirectPermanent(Url.Page("/Index") + WithStory(Request.Query, Story.Name));
            }
        }
        else
        {
            Story = Stories.Count == 1 ? Stories[0] : null;
            if (Story is null)
            {
                if (StoryListPage.Of(Stories, page) is not { } list)
                {
                    return NotFound();
                }
                StoryList = list;
            }
        }
        if (Story is not null)
        {
            Highlights = search.Highlight(Story, Query);
            Comparison = new ComparisonView(Story, snapshot.Comparison(Story.Name));
        }
        return Page();
    }

    private static QueryString WithStory(IQueryCollection query, string story) =>
        QueryString.Create(query.Select(parameter => string.Equals(parameter.Key, "story", StringComparison.OrdinalIgnoreCase)
            ? KeyValuePair.Create("story", new StringValues(story))
            : parameter));
}

/// <summary>
/// One page of the story list, so that the list's cost does not grow with the library.
/// <see cref="Number"/> counts from 1; <see cref="Count"/> is the number of pages, at least 1.
/// </summary>
public sealed record StoryListPage(IReadOnlyList<Story> Stories, int Number, int Count)
{
    public const int Size = 50;

    public static StoryListPage Empty { get; } = new([], 1, 1);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;

    /// <summary>
    /// The page a <c>?page=</c> value names: none given is the first; null when the value is not a
    /// page number or names a page past the last.
    /// </summary>
    public static StoryListPage? Of(IReadOnlyList<Story> stories, string? page)
    {
        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return null;
        }
        var count = Math.Max(1, (stories.Count + Size - 1) / Size);
        if (number > count)
        {
            return null;
        }
        // Skip and Take on a list index into it: the cost is the page's, not the library's.
        return new StoryListPage([.. stories.Skip((number - 1) * Size).Take(Size)], number, count);
    }
}
