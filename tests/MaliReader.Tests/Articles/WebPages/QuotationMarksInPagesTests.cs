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

    [Theory]
    // A quotation inside another takes the inner marks.
    [InlineData("<p>The mayor said <q>the governor told us <q>the road is open</q> on Monday</q> but it stayed closed all week.</p>",
        "The mayor said “the governor told us ‘the road is open’ on Monday” but it stayed closed all week.")]
    // A quotation at the start of a paragraph, and one ending in a link.
    [InlineData("<p><q>We will rebuild the market</q>, the mayor of Gao said on Monday, <q>as the <a href=\"/plan\">plan</a></q> promised.</p>",
        "“We will rebuild the market”, the mayor of Gao said on Monday, “as the plan” promised.")]
    // A paragraph in French takes the marks French readers see.
    [InlineData("<p lang=\"fr\">Le ministre a déclaré au conseil <q>nous nous défendrons</q> avant de quitter la salle.</p>",
        "Le ministre a déclaré au conseil «nous nous défendrons» avant de quitter la salle.")]
    // A quotation in a table's cell, read into its row.
    [InlineData("<table><tr><th>Town</th><th>What officials said</th></tr><tr><td>Gao</td><td><q>calm</q></td></tr></table>",
        "Gao | “calm”")]
    public void AQuotationMarkedWithQ_ShowsTheMarksABrowserDraws(string paragraph, string shown)
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: paragraph)));

        Assert.Equal(shown, article.Paragraphs[^1].Text);
    }
}
