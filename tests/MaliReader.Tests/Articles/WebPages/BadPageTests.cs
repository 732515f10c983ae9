using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

public class BadPageTests
{
    public static TheoryData<string, string> Rows => new()
    {
        // the file dropped in as page.html, then "refused: " and the reason /status shows, or "read: " and a sentence the article keeps
        { "random bytes", "refused: the file holds binary data, not the text of a web page" },
        { "a PNG image", "refused: the file is a PNG image, not a web page" },
        { "a ZIP archive", "refused: the file is a ZIP archive (or an office document), not a web page" },
        { "a truncated page", "read: The meeting end" },
        { "a charset that lies", $"read: {BadPages.FrenchSentence}" },
        { "over 10 MB", "refused: the file is 10.5 MB, over the limit of 10 MB for one article" },
        { "10,000 levels deep", "refused: the page nests its elements 10,000 levels deep, more than the 128 a saved article page may have (tags left open?)" },
        { "200 levels deep", "refused: the page nests its elements 203 levels deep, more than the 128 a saved article page may have (tags left open?)" },
        { "6,000 elements", "refused: the page has 6,014 elements, more than the 5,000 a saved article page may have" },
        { "a home page", "refused: no article found in the page: 12 words of article text (a home page, a login wall or an error page?)" },
        { "a login wall", "refused: no article found in the page: 5 words of article text (a home page, a login wall or an error page?)" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void BadPage_IsReadOrRefusedWithTheReasonStatusShows(string what, string outcome)
    {
        string actual;
        try
        {
            var article = ArticleReader.Read("page.html", BadPages.Bytes(what));
            var sentence = outcome["read: ".Length..];
            actual = article.Paragraphs.Any(paragraph => paragraph.Text == sentence) ? outcome : $"read, without that sentence: {string.Join(" | ", article.Paragraphs.Select(p => p.Text))}";
        }
        catch (ContentFileException e)
        {
            Assert.Equal("page.html", e.FileName);
            actual = $"refused: {e.Reason}";
        }

        Assert.Equal(outcome, actual);
    }
}
