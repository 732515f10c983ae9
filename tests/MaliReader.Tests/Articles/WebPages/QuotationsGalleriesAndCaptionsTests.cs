using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;

namespace MaliReader.Tests.Articles.WebPages;

public class QuotationsGalleriesAndCaptionsTests
{
    private const string QuotedPost = "We will repair every canal in the valley before the rains come back next summer.";
    private const string QuotedAuthor = "— Ministry of Agriculture (@ministry) November 18, 2019";

    /// <summary>The test page with <paramref name="markup"/> between the article's second and third paragraphs.</summary>
    private static WebPage ReadWithInTheMiddle(string markup)
    {
        var third = $"<p>{TestPages.Paragraphs[2]}</p>";
        return WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page().Replace(third, markup + third, StringComparison.Ordinal)));
    }

    public static TheoryData<string> QuotedPostRows => new()
    {
        // An embedded post, in wrappers a template names like furniture, that holds nothing else.
        $"<div class='social-media-embed'><blockquote class='post'><p>{QuotedPost}</p>{QuotedAuthor}</blockquote></div>",
        $"<div class='article-widget'><div class='widget-inner'><blockquote><p>{QuotedPost}</p>{QuotedAuthor}</blockquote></div></div>",
        // A quotation without a wrapper, whose short line of attribution Readability scores too low to keep.
        $"<blockquote><p>{QuotedPost}</p><p>{QuotedAuthor}</p></blockquote>",
    };

    [Theory]
    [MemberData(nameof(QuotedPostRows))]
    public void Read_KeepsAPostTheArticleQuotes_WholeAndInPlace(string markup)
    {
        var page = ReadWithInTheMiddle(markup);

        var texts = page.Article.Select(block => block.Text).ToList();
        Assert.Contains(QuotedPost, texts);
        Assert.Contains(QuotedAuthor, texts);
        Assert.True(texts.IndexOf(TestPages.Paragraphs[1]) < texts.IndexOf(QuotedPost) && texts.IndexOf(QuotedPost) < texts.IndexOf(TestPages.Paragraphs[2]));
        Assert.DoesNotContain(page.LeftOut, block => block.Text.Contains("canal in the valley", StringComparison.Ordinal));
    }

    public static TheoryData<string, RemovalRule> QuotationInFurnitureRows => new()
    {
        // A share bar's own buttons beside a quotation make it a share bar still.
        { $"<div class='share-tools'><blockquote><p>{QuotedPost}</p></blockquote><a href='/share/f'>Share on Facebook</a></div>", RemovalRule.ShareBar },
        // Furniture by its tag stays furniture, whatever it holds.
        { $"<aside><blockquote><p>{QuotedPost}</p></blockquote></aside>", RemovalRule.Sidebar },
    };

    [Theory]
    [MemberData(nameof(QuotationInFurnitureRows))]
    public void Read_LeavesOutAQuotation_InsideFurnitureWithMoreThanTheQuotation(string markup, RemovalRule reason)
    {
        var page = ReadWithInTheMiddle(markup);

        Assert.DoesNotContain(page.Article, block => block.Text == QuotedPost);
        Assert.Equal(reason, Assert.Single(page.LeftOut, block => block.Text == QuotedPost).Reason);
    }

    public static TheoryData<string, string> GalleryControlRows => new()
    {
        // markup inside the article, the text of the control left out
        { "<div class='photo-gallery'><figure><img src='a.jpg'><figcaption>Farmers load millet onto a lorry near Mopti.</figcaption></figure><div class='controls'><p>Caption</p><p>Close</p></div></div>", "Close" },
        { "<div class='inlinegallery'><span class='count'>Image 1 of 12</span><figure><img src='a.jpg'></figure></div>", "Image 1 of 12" },
        { "<div class='slideshow'><p>Next slide</p><figure><img src='a.jpg'></figure></div>", "Next slide" },
        { "<div class='carousel-wrap'><div>Previous</div><figure><img src='a.jpg'></figure></div>", "Previous" },
        // A count of where a series stands is a control wherever it sits.
        { "<div><span>3 / 12</span></div>", "3 / 12" },
        { "<p>Foto 2 de 9</p>", "Foto 2 de 9" },
    };

    [Theory]
    [MemberData(nameof(GalleryControlRows))]
    public void Read_LeavesOutAGallerysControls_RecordingWhy(string markup, string control)
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(insideArticle: markup)));

        Assert.DoesNotContain(page.Article, block => block.Text == control);
        Assert.Equal(RemovalRule.GalleryControls, Assert.Single(page.LeftOut, block => block.Text == control).Reason);
        Assert.Equal(TestPages.Paragraphs, BoilerplateCleaner.Clean(page.BodyHtml).Paragraphs);
    }

    [Fact]
    public void Read_ReadsTextAGalleryRepeats_Once()
    {
        const string credit = "Photo: Aminata Traoré, Agency staff";
        var slides = string.Concat(Enumerable.Range(1, 3).Select(i => $"<div class='slide'><figure><img src='{i}.jpg'></figure><p class='credit'>{credit}</p></div>"));

        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(insideArticle: $"<div class='gallery'>{slides}</div>")));

        Assert.Equal(2, page.LeftOut.Count(block => block.Text == credit && block.Reason == RemovalRule.Repeated));
    }

    public static TheoryData<string> NotGalleryControlRows => new()
    {
        // Short lines of the article itself: outside any gallery, or a gallery named only on the article's own container.
        "<p>Officials agreed.</p>",
        "<p>The vote was 7 of 9 in favour, officials said.</p>",
        "<ul class='gallery-list'><li>Millet seed</li><li>Rice seed</li></ul>",
    };

    [Theory]
    [MemberData(nameof(NotGalleryControlRows))]
    public void Read_KeepsShortLinesOfTheArticle_ThatAreNoGalleryControls(string markup)
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(insideArticle: markup)));

        Assert.DoesNotContain(page.LeftOut, block => block.Reason == RemovalRule.GalleryControls);
    }

    [Fact]
    public void Read_KeepsAShortLine_WhenTheArticleItselfIsNamedAGallery()
    {
        var html = TestPages.Page().Replace("<article>", "<article class='story has-gallery'>", StringComparison.Ordinal)
            .Replace("</article>", "<p>Officials agreed.</p></article>", StringComparison.Ordinal);

        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(html));

        Assert.Contains(page.Article, block => block.Text == "Officials agreed.");
    }

    public static TheoryData<string, string, bool> CaptionOutsideFigureRows => new()
    {
        // a paragraph after the article's own, whether it is a caption (left out) or prose (kept)
        { "Farmers load millet onto a lorry near Mopti on Tuesday. (AP Photo/Aminata Traoré, File)", "Farmers load millet onto a lorry", true },
        { "More than 4,000 farmers are expected to receive seed in the coming weeks (Credit: Agency staff)", "More than 4,000 farmers", true },
        { "Photo: Aminata Traoré, Agency staff", "Photo: Aminata Traoré", true },
        { "© Agency staff", "© Agency staff", true },
        { "The minister spoke at length about the canals (and about the rains) before she left.", "The minister spoke at length", false },
        { "Photo: the minister's speech was moving, and many farmers who heard it in the valley said so afterwards at the market.", "Photo: the minister's speech", false },
    };

    [Theory]
    [MemberData(nameof(CaptionOutsideFigureRows))]
    public void Read_LeavesOutACaptionSetAsAParagraph_ByItsCredit(string paragraph, string sentence, bool isCaption)
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(insideArticle: $"<p>{paragraph}</p>")));

        Assert.Equal(!isCaption, page.Article.Any(block => block.Text.StartsWith(sentence, StringComparison.Ordinal)));
        Assert.Equal(isCaption, page.LeftOut.Any(block => block.Text.StartsWith(sentence, StringComparison.Ordinal) && block.Reason == RemovalRule.Caption));
    }

    public static TheoryData<string, string[]> ProseOfThePageRows => new()
    {
        // a page's body, the blocks taken as its prose when Readability finds too little
        { "<div class='page has-sidebar'><div class='story'><p>The ministers met in Bamako on Tuesday to talk.</p><p>Farmers said the rains came late this year again.</p><p>Traders said prices fell in September after the harvest.</p></div>"
            + "<div class='rail'><p>The festival of the river opens on Friday with music.</p></div></div>",
            ["The ministers met in Bamako on Tuesday to talk.", "Farmers said the rains came late this year again.", "Traders said prices fell in September after the harvest."] },
        // Headlines that link elsewhere and labels of a word or two are no prose.
        { "<div><p>The ministers met in Bamako on Tuesday to talk.</p><p><a href='/a'>Flooding closes the road to Gao for a week</a></p><p>Share</p></div>",
            ["The ministers met in Bamako on Tuesday to talk."] },
        { "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><div><h2><a href='/a'>Flooding closes the road to Gao for a week</a></h2></div>", [] },
    };

    [Theory]
    [MemberData(nameof(ProseOfThePageRows))]
    public void ProseOfThePage_TakesRunningTextWhereMostOfItIs(string body, string[] expected)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{body}</body></html>");

        var prose = ArticleExtractor.ProseOfThePage(PageBlocks.Of(document.Body!));

        Assert.Equal(expected, prose.Select(block => block.Text));
    }

    public static TheoryData<string, int> WordRows => new()
    {
        { "", 0 },
        { "The ministers met in Bamako", 5 },
        // Scripts written without spaces: one word per two characters, rounded up; other letters in a run count once.
        { "今回はその", 3 },
        { "今回はそのKindleデスクトップアプリ", 7 },
        { "ราคาข้าว", 4 },
        { "Kindle for PC", 3 },
    };

    [Theory]
    [MemberData(nameof(WordRows))]
    public void CountWords_CountsScriptsWithoutSpacesByCharacters(string text, int words) =>
        Assert.Equal(words, PageBlocks.CountWords(text));

    [Fact]
    public void Read_AJapaneseArticle_IsReadNotRefusedAsTooShort()
    {
        string[] paragraphs =
        [
            "農業大臣たちは火曜日にバマコで会合を開き、収穫と雨、そして北部の市場での穀物の価格について、一日の大半を費やして話し合いました。",
            "ニジェール川流域の農民によると、今年は雨の訪れが遅く、七月には多くの畑が乾いたままでしたが、省の担当者によればキビはよく回復しました。",
            "モプティの商人たちは、新しい作物を積んだ最初のトラックが到着した後、九月に価格が下がったと報告しましたが、米は高値のままでした。",
        ];
        var html = $"<html lang='ja'><head><meta charset='utf-8'><title>収穫について</title></head><body><article><h1>収穫について</h1>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</article></body></html>";

        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(html));

        Assert.Equal(paragraphs, BoilerplateCleaner.Clean(page.BodyHtml).Paragraphs);
    }
}
