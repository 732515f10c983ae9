using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    [Fact]
    public void SeedArticles_LoadWithEveryBodyParagraphAndNoBoilerplate()
    {
        var load = ContentLoader.Load(TestContent.SeedPath);

        Assert.Empty(load.Errors);
        var rt = load.Articles.Single(a => a.Slug == TestContent.RtSlug);
        var translation = load.Articles.Single(a => a.Slug == TestContent.TranslationSlug);
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
    public void SeedArticles_KeepTheirRawTextVerbatim()
    {
        var load = ContentLoader.Load(TestContent.SeedPath);

        var rt = load.Articles.Single(a => a.Slug == TestContent.RtSlug);
        Assert.Equal(File.ReadAllText(Path.Combine(TestContent.SeedPath, rt.FileName)), rt.RawText);
        Assert.Contains("smm reseller panel", rt.RawText);
    }

    [Fact]
    public void SeedParagraphs_HaveStableIdsAndFingerprints()
    {
        var rt = ContentLoader.Load(TestContent.SeedPath).Articles.Single(a => a.Slug == TestContent.RtSlug);

        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"{TestContent.RtSlug}-{n}"), rt.Paragraphs.Select(p => p.Id));
        Assert.All(rt.Paragraphs, p => Assert.Equal(Fingerprint.Of(p.Text), p.Fingerprint));
        Assert.Equal(rt.Paragraphs.Count, rt.Paragraphs.Select(p => p.Fingerprint).Distinct().Count());
    }

    public static TheoryData<string, byte[], string> UnreadableFiles => new()
    {
        { "empty.md", [], "empty" },
        { "blank.md", Encoding.UTF8.GetBytes("  \n\n "), "empty" },
        { "latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\nsource: X\nstory: s\n---\n\nCaf\u00e9 au lait."), "not UTF-8" },
        { "no-front-matter.md", Encoding.UTF8.GetBytes("Just a paragraph."), "no front matter" },
        { "broken-yaml.md", Encoding.UTF8.GetBytes("---\ntitle: \"unclosed\nsource: X\nstory: s\n---\n\nText."), "not valid YAML" },
        { "no-title.md", Encoding.UTF8.GetBytes("---\nsource: X\nstory: s\n---\n\nText."), "lacks title" },
        { "no-story.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: X\n---\n\nText."), "lacks story" },
        { "typo.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: X\nstory: s\nsoruce: Y\n---\n\nText."), "unknown front matter field \"soruce\"" },
        { "script-url.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: X\nstory: s\nurl: javascript:alert(1)\n---\n\nText."), "http or https" },
        { "only-boilerplate.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: X\nstory: s\n---\n\nPosted on\n\nShare this article"), "no text left" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void UnreadableFile_IsReportedByNameWithItsReason_AndOthersStillLoad(string fileName, byte[] bytes, string reason)
    {
        File.WriteAllBytes(_content.FilePath(fileName), bytes);
        _content.Write("good.md", TestContent.Article("Good", "Source", "s", "A good paragraph."));

        var load = ContentLoader.Load(_content.ContentPath);

        var error = Assert.Single(load.Errors);
        Assert.Equal(fileName, error.FileName);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(["good"], load.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void RawHtmlInContent_BecomesPlainText()
    {
        _content.Write("hostile.md", TestContent.Article("T", "S", "s",
            "<script>alert(1)</script> Before.",
            "<img src=x onerror=alert(2)> [click](javascript:alert(3)) <iframe src=\"https://example.com\"></iframe> After."));

        var article = Assert.Single(ContentLoader.Load(_content.ContentPath).Articles);

        Assert.Equal("<script>alert(1)</script> Before.", article.Paragraphs[0].Text);
        Assert.Equal("<img src=x onerror=alert(2)> [click](javascript:alert(3)) <iframe src=\"https://example.com\"></iframe> After.", article.Paragraphs[1].Text);
    }

    [Fact]
    public void TwoFilesWithTheSameSlug_TheSecondIsReported()
    {
        _content.Write("story.md", TestContent.Article("One", "S", "s", "First."));
        _content.Write("Story.md", TestContent.Article("Two", "S", "s", "Second."));

        var load = ContentLoader.Load(_content.ContentPath);

        Assert.Equal(["Story.md"], load.Articles.Select(a => a.FileName));
        Assert.Contains("already used by Story.md", Assert.Single(load.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentHash_ChangesWithAnyFileAndOnlyThen()
    {
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Text."));
        var first = ContentLoader.Load(_content.ContentPath).ContentHash;
        var again = ContentLoader.Load(_content.ContentPath).ContentHash;
        _content.Write("a.md", TestContent.Article("A", "S", "s", "Text!"));
        var edited = ContentLoader.Load(_content.ContentPath).ContentHash;

        Assert.Equal(first, again);
        Assert.NotEqual(first, edited);
    }
}
