namespace MaliReader.Web.Search;

/// <summary>
/// The text the full-text index sees for a paragraph: its search forms (<see cref="SearchTokens"/>)
/// separated by spaces, so the index's n-th word is the paragraph's n-th search token. The store
/// writes it beside the paragraph's own text, which pages show unchanged.
/// </summary>
public static class SearchText
{
    public static string Of(string paragraphText) => string.Join(' ', SearchTokens.Of(paragraphText).Select(token => token.Form));
}
