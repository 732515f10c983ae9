using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// A browser numbers the items of an ordered list (&lt;ol&gt;) itself: the article keeps the numbers a reader sees
/// ("1.", "2."), so that "the second demand" and a list of steps read as the page shows them.
/// </summary>
public sealed class OrderedListNumbersTests
{
    private const string First = "release the prisoners taken in the attack on the convoy near Gao last month";
    private const string Second = "reopen the road between Gao and Kidal to lorries carrying food and fuel";
    private const string Third = "pay the families of the drivers who were killed on the road last week";

    private static List<string> Texts(string list) =>
        ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: $"<p>The council made three demands of the army.</p>{list}")))
            .Paragraphs.Select(paragraph => paragraph.Text).ToList();

    [Theory]
    [InlineData($"<ol><li>{First}</li><li>{Second}</li><li>{Third}</li></ol>", "1.", "2.", "3.")]
    [InlineData($"<ol start=\"4\"><li>{First}</li><li>{Second}</li><li>{Third}</li></ol>", "4.", "5.", "6.")]
    [InlineData($"<ol reversed><li>{First}</li><li>{Second}</li><li>{Third}</li></ol>", "3.", "2.", "1.")]
    [InlineData($"<ol><li>{First}</li><li value=\"7\">{Second}</li><li>{Third}</li></ol>", "1.", "7.", "8.")]
    [InlineData($"<ol type=\"a\"><li>{First}</li><li>{Second}</li><li>{Third}</li></ol>", "a.", "b.", "c.")]
    [InlineData($"<ol type=\"I\"><li>{First}</li><li>{Second}</li><li><p>{Third}</p></li></ol>", "I.", "II.", "III.")]
    public void AnOrderedListsItems_KeepTheNumbersABrowserShows(string list, string first, string second, string third)
    {
        var texts = Texts(list);

        Assert.Contains($"{first} {First}", texts);
        Assert.Contains($"{second} {Second}", texts);
        Assert.Contains($"{third} {Third}", texts);
    }

    [Theory]
    [InlineData($"<ul><li>{First}</li><li>{Second}</li></ul>")]
    [InlineData($"<ol style=\"list-style: none\"><li>{First}</li><li>{Second}</li></ol>")]
    public void AListWithoutNumbers_GainsNone(string list)
    {
        var texts = Texts(list);

        Assert.Contains(First, texts);
        Assert.Contains(Second, texts);
    }
}
