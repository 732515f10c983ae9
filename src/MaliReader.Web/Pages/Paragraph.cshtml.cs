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

    /// <summary>The name of the article's story as the reading room addresses it (its key may be spelled in other casing).</summary>
    public string StoryName(Article article) => content.Value.Story(article.Story)?.Name ?? article.Story;

    /// <summary>How the article is cited beside the other accounts of its story.</summary>
    public string CitationLabelOf(Article article) => content.Value.CitationLabelOf(article);

    public IActionResult OnGet(string? id, string? slug, string? fingerprint)
    {
        var snapshot = content.Value;
        if (LowerCaseAddress(snapshot, id, slug, fingerprint) is { } canonical)
        {
            return RedirectPermanent(canonical + Request.QueryString);
        }
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

    /// <summary>
    /// Slugs are made from file names (<see cref="ContentFileReader.SlugFor"/>: lower case, composed, runs of other
    /// characters one hyphen), so an article part typed or passed on in capitals ("/p/DUP-1", "/p/ÉTÉ-1"), with
    /// decomposed accents, or spelled as its file is named ("/p/floods_2024-1") is never an address of its own: it
    /// is sent, permanently, to the same address in the slug's form when that leads to a passage, so that the
    /// reader, their bookmark and a search engine all end up on the one address. Otherwise it is left to the usual 404.
    /// </summary>
    private string? LowerCaseAddress(ContentSnapshot snapshot, string? id, string? slug, string? fingerprint)
    {
        if (id is not null)
        {
            // The paragraph's number is digits after the last hyphen, which the slug's form keeps as they are.
            var made = ContentFileReader.SlugOf(id);
            return made is not null && made != id && snapshot.Paragraph(made) is not null ? Url.Page("/Paragraph", new { id = made }) : null;
        }
        if (slug is null || fingerprint is null || ContentFileReader.SlugOf(slug) is not { } lowerSlug || lowerSlug == slug)
        {
            return null;
        }
        return PermalinkResolver.ByFingerprint(snapshot, history.For, lowerSlug, fingerprint) is NoSuchPassage
            ? null
            : Request.PathBase + PermalinkResolver.PathFor(lowerSlug, fingerprint);
    }
}
