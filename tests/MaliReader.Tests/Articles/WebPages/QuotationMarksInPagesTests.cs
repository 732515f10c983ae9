using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// A browser shows a quotation marked up with &lt;q&gt; between quotation marks it draws itself: the article must keep
/// them, or the quoted words read as the reporter's own.
/// </summary>
public sealed class QuotationMarksInPagesTests
{
    [Fact]
    public void AQuotationMarkedWithQ_KeepsItsQuotationMarks()
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(
            insideArticle: "<p>The minister told the council <q>we will defend ourselves</q> and left the room.</p>")));

        Assert.Equal("The minister told the council “we will defend ourselves” and left the room.", article.Paragraphs[^1].Text);
    }
}
