using MaliReader.Tests.Support;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>The seed story (the tests' own copy), read as the app reads it.</summary>
public sealed class SeedArticleTests
{
    private static readonly List<Article> Seeds = Support.Ingest.ReadFolder(TestContent.SeedPath);

    [Fact]
    public void SeedArticles_LoadWithEveryBodyParagraphAndNoBoilerplate()
    {
        var rt = Seeds.Single(a => a.Slug == TestContent.RtSlug);
        var translation = Seeds.Single(a => a.Slug == TestContent.TranslationSlug);
        Assert.Equal("RT", rt.Source);
        Assert.Equal("Mali seeks UN help to stop France abetting ‘terrorists’", rt.Title);
        Assert.Equal(TestContent.Story, translation.Story);
        Assert.Equal(7, rt.Paragraphs.Count);
        Assert.Equal(10, translation.Paragraphs.Count);
        Assert.StartsWith("The African nation has threatened", rt.Paragraphs[0].Text);
        Assert.StartsWith("Following a 2021 military coup", rt.Paragraphs[^1].Text);
        Assert.EndsWith("in Burkina Faso.", rt.Paragraphs[^1].Text);
        Assert.EndsWith("the last part of these Mali forces left.", translation.Paragraphs[7].Text);
        Assert.Equal(
            [(RemovalRule.EmptyDateline, 1), (RemovalRule.ReadMorePromotion, 7), (RemovalRule.SharePrompt, 8), (RemovalRule.CommercialSpam, 8)],
            rt.Removed.Select(fragment => (fragment.Rule, fragment.Paragraph)));
        Assert.Equal("READ MORE: France ends military mission in former colony", rt.Removed[1].Text);
        Assert.Equal(
            [new RemovedFragment("(More details)", RemovalRule.LinkStub, 8, translation.Paragraphs[7].Text.Length)],
            translation.Removed);
    }

    [Fact]
    public void SeedParagraphs_HaveStableIdsAndFingerprints()
    {
        var rt = Seeds.Single(a => a.Slug == TestContent.RtSlug);

        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"{TestContent.RtSlug}-{n}"), rt.Paragraphs.Select(p => p.Id));
        Assert.All(rt.Paragraphs, p => Assert.Equal(Fingerprint.Of(p.Text), p.Fingerprint));
        Assert.Equal(rt.Paragraphs.Count, rt.Paragraphs.Select(p => p.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void RawHtmlInContent_BecomesPlainText()
    {
        var article = ArticleReader.Read("hostile.md", System.Text.Encoding.UTF8.GetBytes(TestContent.Article("T", "S", "s",
            "<script>alert(1)</script> Before.",
            "<img src=x onerror=alert(2)> <iframe src=\"https://example.com\"></iframe> After.")));

        Assert.Equal("<script>alert(1)</script> Before.", article.Paragraphs[0].Text);
        Assert.Equal("<img src=x onerror=alert(2)> <iframe src=\"https://example.com\"></iframe> After.", article.Paragraphs[1].Text);
    }
}
