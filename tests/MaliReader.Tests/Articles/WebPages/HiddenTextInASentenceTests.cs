using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// Text a saved page hides inside a sentence (a hidden note, a display:none fragment) is left out of the article, but
/// the sentence around it is one paragraph, as the page shows it, not two or three paragraphs each with its own number
/// and link.
/// </summary>
public sealed class HiddenTextInASentenceTests
{
    [Theory]
    [InlineData("""<p>Officials in Gao<span hidden> (updated)</span> said the road was closed on Monday after the attack.</p>""", "Officials in Gao said the road was closed on Monday after the attack.")]
    [InlineData("""<p>The attack left 1<span style="display:none">0</span>2 people hurt in the market of Gao on Monday.</p>""", "The attack left 12 people hurt in the market of Gao on Monday.")]
    public void HiddenTextInsideASentence_IsLeftOut_AndTheSentenceStaysOneParagraph(string paragraph, string shown)
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: paragraph)));

        Assert.Equal(shown, article.Paragraphs[^1].Text);
        Assert.Contains(article.Removed, fragment => fragment.Rule == RemovalRule.Hidden);
    }

    [Theory]
    [InlineData("""<p>Residents of <a href="/gao">Gao<span class="sr" hidden> (opens in a new tab)</span></a> said the road was closed on Monday after the attack.</p>""", "Residents of Gao said the road was closed on Monday after the attack.")]
    [InlineData("""<p>The army said <span aria-hidden="true">*</span>three soldiers were hurt near Gao on Monday after the attack.</p>""", "The army said three soldiers were hurt near Gao on Monday after the attack.")]
    public void HiddenTextInALinkOrBeforeAWord_IsLeftOut_AndTheSentenceStaysOneParagraph(string paragraph, string shown)
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: paragraph)));

        Assert.Equal(shown, article.Paragraphs[^1].Text);
        Assert.Contains(article.Removed, fragment => fragment.Rule == RemovalRule.Hidden);
    }

    [Fact]
    public void AButtonInsideASentence_IsLeftOut_AndTheSentenceStaysOneParagraph()
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle:
            """<p>Officials in Gao said<button type="button">Listen</button>the road was closed on Monday after the attack on the convoy.</p>""")));

        Assert.Equal("Officials in Gao said the road was closed on Monday after the attack on the convoy.", article.Paragraphs[^1].Text);
        Assert.Contains(article.Removed, fragment => fragment.Text == "Listen" && fragment.Rule == RemovalRule.Form);
    }

    [Fact]
    public void AHiddenBlockBetweenTwoParagraphs_StillPartsThem()
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: """
            <div>Officials in Gao said the road was closed on Monday after the attack on the convoy.
            <div hidden>Sign up for our newsletter</div>
            Traders in the market said prices of grain rose the same day, as lorries waited at the bridge.</div>
            """)));

        Assert.Equal("Traders in the market said prices of grain rose the same day, as lorries waited at the bridge.", article.Paragraphs[^1].Text);
        Assert.Equal("Officials in Gao said the road was closed on Monday after the attack on the convoy.", article.Paragraphs[^2].Text);
    }
}
