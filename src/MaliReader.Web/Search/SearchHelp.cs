namespace MaliReader.Web.Search;

/// <summary>The one line that tells readers what the search box understands.</summary>
public static class SearchHelp
{
    public const string Text = "Words in any order · \"exact phrase\" in double quotes · -word to leave out · prefix* for word beginnings";
}
