using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// Superscripts and subscripts in a saved page keep what the text says. They were run into the text before them:
/// "10&lt;sup&gt;6&lt;/sup&gt; people" became "106 people", another number than the page shows, and "CO&lt;sub&gt;2&lt;/sub&gt;"
/// became "CO2". Digits and signs are written in Unicode's raised and lowered forms; other text stays as the page
/// writes it where it reads right run in (an ordinal, a footnote mark), and is set off by "^" or "_" where it does not.
/// </summary>
public sealed class SuperscriptsAndSubscriptsTests
{
    private const string Sentence = " had left the region of Menaka since the fighting began in March, the agency said in its report.";

    private static string ParagraphOf(string inline)
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: $"<p>About {inline}{Sentence}</p>")));
        return Assert.Single(article.Paragraphs, p => p.Text.Contains("Menaka", StringComparison.Ordinal)).Text;
    }

    [Fact]
    public void ASuperscriptPower_IsNotReadAsPartOfTheNumberBeforeIt()
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle:
            "<p>The agency said that about 10<sup>6</sup> people had left the region of Menaka since the fighting began in March.</p>")));

        var paragraph = Assert.Single(article.Paragraphs, p => p.Text.Contains("Menaka", StringComparison.Ordinal));
        Assert.DoesNotContain("106 people", paragraph.Text, StringComparison.Ordinal);
        Assert.Contains("about 10⁶ people had left", paragraph.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10<sup>6</sup> people", "About 10⁶ people had left")]
    [InlineData("10<sup>-3</sup> of them", "About 10⁻³ of them had left")]
    [InlineData("10<sup>&#8722;3</sup> of them", "About 10⁻³ of them had left")]
    [InlineData("2<sup>n+1</sup> families", "About 2ⁿ⁺¹ families had left")]
    [InlineData("x<sup>2</sup> households", "About x² households had left")]
    [InlineData("tonnes of CO<sub>2</sub> and H<sub>2</sub>O", "About tonnes of CO₂ and H₂O had left")]
    [InlineData("10 <sup> 6 </sup> people", "About 10 ⁶ people had left")]
    [InlineData("10<sup><a href=\"#note\">6</a></sup> people", "About 10⁶ people had left")]
    [InlineData("many<sup> </sup>people", "About many people had left")]
    public void DigitsAndSigns_AreWrittenRaisedOrLowered(string inline, string expected) =>
        Assert.StartsWith(expected, ParagraphOf(inline), StringComparison.Ordinal);

    [Theory]
    // An ordinal's or an abbreviation's ending reads right run in.
    [InlineData("the 1<sup>st</sup> and 2<sup>nd</sup> waves of people", "About the 1st and 2nd waves of people had left")]
    [InlineData("M<sup>me</sup> Traoré and her people", "About Mme Traoré and her people had left")]
    // A footnote mark stays as the page writes it.
    [InlineData("a million people<sup>[1]</sup>", "About a million people[1] had left")]
    [InlineData("a million people<sup>*</sup>", "About a million people* had left")]
    // Text with no raised or lowered form is set off, so it is not read as part of the word or number before it.
    [InlineData("10<sup>x</sup> people", "About 10^x people had left")]
    [InlineData("10<sup>k+1</sup> people", "About 10^(k+1) people had left")]
    [InlineData("V<sub>out</sub> people", "About V_out people had left")]
    public void OtherText_ReadsAsThePageMeansIt(string inline, string expected) =>
        Assert.StartsWith(expected, ParagraphOf(inline), StringComparison.Ordinal);
}
