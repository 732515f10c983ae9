using AngleSharp.Html.Parser;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

public class WebPageArticleTests
{
    public static TheoryData<string, string, string, RemovalRule> LeftOutRows => WebPageReaderTests.LeftOutRows;

    [Theory]
    [MemberData(nameof(LeftOutRows))]
    public void Read_RecordsWhatExtractionLeftOut_AmongTheRemovals(string furniture, string where, string sentence, RemovalRule reason)
    {
        var html = where == "inside" ? TestPages.Page(insideArticle: furniture) : TestPages.Page(outsideArticle: furniture);

        var article = ArticleReader.Read("harvest.html", TestPages.Utf8(html));

        Assert.Equal(TestPages.Paragraphs, article.Paragraphs.Select(paragraph => paragraph.Text));
        var record = Assert.Single(article.Removed, fragment => fragment.Text.Contains(sentence, StringComparison.Ordinal));
        Assert.Equal(reason, record.Rule);
        Assert.True(record.Rule.IsLeftOutOfPage());
        Assert.Null(record.Offset);
    }

    [Fact]
    public void Read_PlacesEachRemoval_BeforeTheParagraphItPreceded_InPageOrder()
    {
        var p = TestPages.Paragraphs;
        var html = $"""
            <html><head><title>{TestPages.Title}</title></head><body>
            <nav><a href="/">Home page of the paper</a></nav>
            <article><h1>{TestPages.Title}</h1>
            <p>{p[0]}</p><p>{p[1]}</p>
            <div class="related-stories"><ul><li><a href="/a">Flooding closes the road to Gao for a week</a></li><li><a href="/b">A new bridge opens at Ségou</a></li></ul></div>
            <p>READ MORE: Flooding closes the road to Gao for a week</p>
            <p>{p[2]}</p><p>{p[3]}</p>
            </article>
            <footer><p>Copyright The Daily Example, all rights reserved.</p></footer>
            </body></html>
            """;

        var article = ArticleReader.Read("harvest.html", TestPages.Utf8(html));

        Assert.Equal(p, article.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Equal(
            [
                (RemovalRule.Navigation, 1),
                (RemovalRule.Headline, 1),
                (RemovalRule.RelatedLinks, 3),
                (RemovalRule.RelatedLinks, 3),
                (RemovalRule.ReadMorePromotion, 3),
                (RemovalRule.Footer, 5),
            ],
            article.Removed.Select(fragment => (fragment.Rule, fragment.Paragraph)));
    }

    [Fact]
    public void Read_AccountsForEveryVisibleWord_InTheParagraphsOrTheRemovals()
    {
        var furniture = string.Concat(WebPageReaderTests.LeftOutRows.Select(row => (string)row[0]));
        var html = TestPages.Page(insideArticle: "<p>Share this article with your friends</p>", outsideArticle: furniture);

        var article = ArticleReader.Read("harvest.html", TestPages.Utf8(html));

        using var document = new HtmlParser().ParseDocument(html);
        foreach (var invisible in document.Body!.QuerySelectorAll("script, style, input").ToList())
        {
            invisible.Remove();
        }
        foreach (var element in document.Body!.QuerySelectorAll("*").ToList())
        {
            element.After(document.CreateTextNode(" "));
        }
        var visible = WebPageReaderTests.Words(document.Body!.TextContent);
        var accounted = WebPageReaderTests.Words(string.Join(" ", article.Paragraphs.Select(paragraph => paragraph.Text).Concat(article.Removed.Select(fragment => fragment.Text))));
        Assert.Equal("", WebPageReaderTests.Difference(visible, accounted));
        Assert.Equal("", WebPageReaderTests.Difference(accounted, visible));
        Assert.Contains(article.Removed, fragment => fragment.Rule == RemovalRule.SharePrompt);
    }

    [Fact]
    public void Read_RepeatedParagraphs_GetDistinctLinks_TheFirstKeepingItsWordsFingerprint()
    {
        const string repeated = "The minister repeated that the seed would arrive before the rains, and that no farmer would be left without it this year.";
        var html = TestPages.Page(insideArticle: $"<p>{repeated}</p><p>Officials in Mopti confirmed the figures later that week, after the first deliveries.</p><p>{repeated}</p>");

        var article = ArticleReader.Read("harvest.html", TestPages.Utf8(html));

        var copies = article.Paragraphs.Where(paragraph => paragraph.Text == repeated).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(Fingerprint.Of(repeated), copies[0].Fingerprint);
        Assert.NotEqual(copies[0].Fingerprint, copies[1].Fingerprint);
        Assert.Equal(article.Paragraphs.Count, article.Paragraphs.Select(paragraph => paragraph.Fingerprint).Distinct().Count());
    }

    public static TheoryData<string, byte[]> RawTextRows()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Récolte à Ségou</p></body></html>";
        return new()
        {
            { "harvest.html", System.Text.Encoding.GetEncoding("windows-1252").GetBytes(page) },
            { "harvest.htm", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("<p>Récolte à Ségou</p>")] },
            { "harvest.md", System.Text.Encoding.UTF8.GetBytes("---\ntitle: Récolte à Ségou\n---\n") },
        };
    }

    [Theory]
    [MemberData(nameof(RawTextRows))]
    public void RawTextOf_DecodesAPageAsItsReaderDoes(string fileName, byte[] bytes)
    {
        Assert.Contains("Récolte à Ségou", ArticleReader.RawTextOf(fileName, bytes), StringComparison.Ordinal);
    }
}
