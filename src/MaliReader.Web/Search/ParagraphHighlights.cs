using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MaliReader.Web.Search;

/// <summary>
/// Paragraphs of the story being read whose matched words are marked, for a reader who arrived from
/// a search result. Handed to the article partial through view data.
/// </summary>
public sealed class ParagraphHighlights(IReadOnlyDictionary<string, string> marked)
{
    private const string ViewDataKey = "ParagraphHighlights";

    public static ParagraphHighlights None { get; } = new(new Dictionary<string, string>());

    public int Count => marked.Count;

    /// <summary>The paragraph's text with its matched words between <see cref="MarkedText"/> markers, or null when it has none.</summary>
    public string? For(string paragraphId) => marked.GetValueOrDefault(paragraphId);

    public void AddTo(ViewDataDictionary viewData) => viewData[ViewDataKey] = this;

    public static ParagraphHighlights From(ViewDataDictionary viewData) => viewData[ViewDataKey] as ParagraphHighlights ?? None;
}
