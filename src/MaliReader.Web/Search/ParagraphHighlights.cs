using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MaliReader.Web.Search;

/// <summary>
/// Paragraphs of the story being read whose matched words are marked, for a reader who arrived from
/// a search result. Handed to the article partial through view data.
/// </summary>
public sealed class ParagraphHighlights(IReadOnlyDictionary<string, HtmlString> marked)
{
    private const string ViewDataKey = "ParagraphHighlights";

    public static ParagraphHighlights None { get; } = new(new Dictionary<string, HtmlString>());

    public int Count => marked.Count;

    /// <summary>The paragraph as safe HTML with its matched words in &lt;mark&gt;, or null when it has none.</summary>
    public HtmlString? For(string paragraphId) => marked.GetValueOrDefault(paragraphId);

    public void AddTo(ViewDataDictionary viewData) => viewData[ViewDataKey] = this;

    public static ParagraphHighlights From(ViewDataDictionary viewData) => viewData[ViewDataKey] as ParagraphHighlights ?? None;
}
