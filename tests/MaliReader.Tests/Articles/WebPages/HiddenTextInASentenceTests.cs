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
}
