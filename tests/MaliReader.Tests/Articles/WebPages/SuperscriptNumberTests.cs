using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// A saved page's superscript power is written in Unicode's raised forms ("10&lt;sup&gt;6&lt;/sup&gt;" is "10⁶"), but
/// the raised digits are no letter or digit to the word reader, so search and comparison read "10⁶" as "10": two
/// accounts giving 10⁶ and 10³ people show no difference of number, and "10⁶" reads the same as a plain "10".
/// When the raised digits were run in ("106", "103") the numbers at least differed.
/// </summary>
public sealed class SuperscriptNumberTests
{
    private static string ParagraphOf(string inline)
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle:
            $"<p>The agency said that about {inline} people had left the region of Menaka since the fighting began in March.</p>")));
        return Assert.Single(article.Paragraphs, p => p.Text.Contains("Menaka", StringComparison.Ordinal)).Text;
    }

    [Fact]
    public void PowersThatDiffer_AreADifferenceOfNumber()
    {
        var left = ParagraphOf("10<sup>6</sup>");
        var right = ParagraphOf("10<sup>3</sup>");

        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));
        Assert.Equal(DifferenceKind.Number, difference.Kind);
    }

    [Fact]
    public void APower_IsNotThePlainNumberBeforeIt()
    {
        var left = ParagraphOf("10<sup>6</sup>");
        var right = ParagraphOf("10");

        Assert.NotEmpty(ParagraphDiffer.Differences(left, right));
    }
}
