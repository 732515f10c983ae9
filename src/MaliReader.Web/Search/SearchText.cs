namespace MaliReader.Web.Search;

/// <summary>The text the full-text index sees for a paragraph.</summary>
public static class SearchText
{
    public static string Of(string paragraphText) => paragraphText;
}
