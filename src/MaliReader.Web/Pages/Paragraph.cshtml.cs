using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Permalinks;
using MaliReader.Web.Storage;
using MaliReader.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaliReader.Web.Pages;

/// <summary>
/// One paragraph's page, reached by its stable link (/p/{slug}/{fingerprint}) or by its position (/p/{id}).
/// A passage that has changed gets a 200 page that says so, not a 410: the old link still leads
/// somewhere useful (the text it quoted, and its successor when there is one), and previews and
/// readers should see that explanation rather than an error.
/// </summary>
public sealed class ParagraphModel(CurrentSnapshot content, ParagraphHistory history, SiteUrls site) : PageModel
{
    public Permalink Permalink { get; private set; } = NoSuchPassage.Instance;

    /// <summary>The absolute stable link of the paragraph shown, for canonical and preview tags.</summary>
    public string? CanonicalUrl { get; private set; }

    /// <summary>The comparison of the shown paragraph's story, for its counterparts in the other accounts.</summary>
    public ComparisonView? Comparison { get; private set; }

    public IActionResult OnGet(string? id, string? slug, string? fingerprint)
    {
        var snapshot = content.Value;
        Permalink = id is not null
            ? PermalinkResolver.ById(snapshot, id)
            : PermalinkResolver.ByFingerprint(snapshot, history.For, slug ?? "", fingerprint ?? "");

        if (Permalink is CurrentPassage current)
        {
            CanonicalUrl = site.Absolute(Request, PermalinkResolver.PathFor(current.Paragraph));
            if (snapshot.Story(current.Article.Story) is { } story)
            {
                Comparison = new ComparisonView(story, snapshot.Comparison(story.Name));
            }
        }
        var page = Page();
        if (Permalink is NoSuchPassage)
        {
            page.StatusCode = StatusCodes.Status404NotFound;
        }
        return page;
    }
}
