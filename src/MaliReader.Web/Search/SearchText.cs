namespace MaliReader.Web.Search;

/// <summary>
/// The text the full-text index sees for a paragraph. The store writes it beside the paragraph's own
/// text (which pages show unchanged) and the index is built over it.
/// </summary>
public static class SearchText
{
    public static string Of(string paragraphText) => paragraphText;
}
