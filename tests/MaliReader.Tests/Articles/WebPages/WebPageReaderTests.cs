using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;

namespace MaliReader.Tests.Articles.WebPages;

public partial class WebPageReaderTests
{
    [Fact]
    public void Read_KeepsTheArticlesParagraphsAsTextOnlyBlocks()
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page()));

        var cleaned = BoilerplateCleaner.Clean(page.BodyHtml);
        Assert.Equal(TestPages.Paragraphs, cleaned.Paragraphs);
        Assert.Equal(TestPages.Title, page.Metadata.Title);
    }

    public static TheoryData<string, string, string, RemovalRule> LeftOutRows => new()
    {
        // furniture markup, where it goes, a sentence of it, the reason recorded
        { "<nav><ul><li><a href='/world'>World news today</a></li><li><a href='/business'>Business and markets</a></li></ul></nav>", "outside", "World news today", RemovalRule.Navigation },
        { "<footer><p>Copyright The Daily Example, all rights reserved, contact the newsroom.</p></footer>", "outside", "all rights reserved", RemovalRule.Footer },
        { "<div class='related-stories'><h3>More from the region</h3><ul><li><a href='/a'>Flooding closes the road to Gao for a week</a></li><li><a href='/b'>A new bridge opens over the river at Ségou</a></li></ul></div>", "inside", "Flooding closes the road to Gao", RemovalRule.RelatedLinks },
        { "<section id='comments'><h3>3 comments</h3><p>I farm near Ségou and the millet here did well too, thank you for the report on the harvest and the rains.</p></section>", "outside", "I farm near Ségou", RemovalRule.Comments },
        { "<div class='cookie-banner'><p>We use cookies to measure our audience and to remember your choices on this site.</p><button>Accept all</button></div>", "outside", "We use cookies to measure", RemovalRule.CookieNotice },
        { "<div class='article-share-bar'><a href='/s/f'>Share on Facebook</a> <a href='/s/t'>Share on Twitter</a> <a href='/s/e'>Send by email</a></div>", "inside", "Send by email", RemovalRule.ShareBar },
        { "<div class='newsletter-box'><p>Get the morning briefing from our reporters in your inbox every weekday, free of charge.</p></div>", "inside", "Get the morning briefing", RemovalRule.Newsletter },
        { "<div class='ad-slot'><p>Advertisement: the best prices on farm machinery this autumn.</p></div>", "inside", "the best prices on farm machinery", RemovalRule.Advertising },
        { "<aside><h3>Most read</h3><p>The capital prepares for the festival of the river, with music and boats on the water.</p></aside>", "outside", "prepares for the festival", RemovalRule.Sidebar },
        { "<form action='/search'><label>Search the archive of the newspaper</label><input name='q'></form>", "outside", "Search the archive", RemovalRule.Form },
        { "<p class='byline'>By Aminata Traoré, agriculture correspondent</p>", "inside", "By Aminata Traoré", RemovalRule.Byline },
        { "<div hidden><p>Subscribers read this part of the page in the print edition only.</p></div>", "inside", "print edition only", RemovalRule.Hidden },
        { "<figure><img src='x.jpg'><figcaption>Farmers load millet onto a lorry near Mopti. (Photo: Agency staff)</figcaption></figure>", "inside", "Farmers load millet onto a lorry", RemovalRule.Caption },
        { "<h3>You may also like</h3><p><a href='/a'>Flooding closes the road to Gao for a week</a></p><p><a href='/b'>A new bridge opens over the river at Ségou</a></p>", "inside", "A new bridge opens over the river", RemovalRule.Teasers },
        { "<h3>You may also like</h3><p><a href='/a'>Flooding closes the road to Gao for a week</a></p>", "inside", "You may also like", RemovalRule.Teasers },
        { "<p>Updated 11:21 pm GMT, Tuesday, November 19, 2019</p>", "inside", "Updated 11:21 pm", RemovalRule.Byline },
        { "<p>Publié le 19/11/2019 à 23:21</p>", "inside", "Publié le", RemovalRule.Byline },
        { "<p>reporter@news.example.org</p>", "inside", "reporter@news.example.org", RemovalRule.Byline },
        { "<p>https://news.example.org/harvest</p>", "inside", "https://news.example.org/harvest", RemovalRule.Byline },
        { "<div><h3><a href='/gao'>Flooding closes the road to Gao for a week</a></h3><p>The river rose overnight and the bridge on the road north was shut to all lorries until Friday.</p></div>", "inside", "The river rose overnight", RemovalRule.Teasers },
        { "<div><p>WEATHER</p><p><a href='/gao'>Flooding closes the road to Gao for a week</a></p><p>The river rose overnight and the bridge on the road north was shut to all lorries until Friday.</p></div><div><p>BRIDGES</p><p><a href='/segou'>A new bridge opens over the river at Ségou</a></p></div>", "inside", "The river rose overnight", RemovalRule.Teasers },
        // Cut-off excerpts of other articles, each alone in one of a row of like cards.
        { "<div class='card post-1'><img src='a.jpg'><p>The river rose overnight and the bridge on the road north was shut to all lorries until Friday, while the…</p></div><div class='card post-2'><img src='b.jpg'><p>A new bridge opens over the river at Ségou after three years of building and the town...</p></div>", "inside", "The river rose overnight", RemovalRule.Teasers },
    };

    public static TheoryData<string, string, string?> HoverCardRows => new()
    {
        // a paragraph with a linked name in it, the paragraph as read, words of the card left out (null: nothing)
        { "<p>The minister <a href='/p/traore'>Aminata Traoré</a><span class='card'><img src='t.jpg'><a href='/p/traore'>Aminata Traoré</a><a href='/a'>Flooding closes the road to Gao</a> <a href='/b'>A new bridge at Ségou</a></span> opened the canal on Friday.</p>",
            "The minister Aminata Traoré opened the canal on Friday.", "Flooding closes the road to Gao" },
        // Links after a name that do not repeat it are the sentence's own.
        { "<p>The ministers <a href='/p/traore'>Aminata Traoré</a> <span><a href='/p/keita'>Ibrahim Keïta</a> and <a href='/p/diarra'>Moussa Diarra</a></span> opened the canal on Friday.</p>",
            "The ministers Aminata Traoré Ibrahim Keïta and Moussa Diarra opened the canal on Friday.", null },
        // A card that repeats the name but is mostly prose is text, not a list of links.
        { "<p>The minister <a href='/p/traore'>Aminata Traoré</a><span>, who was <a href='/p/traore'>Aminata Traoré</a> of Mopti before <a href='/b'>her election</a> and spent years in the fields,</span> opened the canal.</p>",
            "The minister Aminata Traoré, who was Aminata Traoré of Mopti before her election and spent years in the fields, opened the canal.", null },
    };

    public static TheoryData<string, string, int> RepeatedRows => new()
    {
        // markup inside the article, a sentence of it, how many times the article keeps it
        { "<p>Farmers load millet onto a lorry near Mopti on Tuesday, before the market opens.</p><div class='lightbox'><p>Farmers load millet onto a lorry near Mopti on Tuesday, before the market opens.</p></div>", "Farmers load millet", 1 },
        { "<ul><li>Seed for the next planting season from the ministry</li></ul><ul><li>Seed for the next planting season from the ministry</li></ul>", "Seed for the next", 2 },
        { "<p>Read more.</p><p>Read more.</p>", "Read more.", 2 },
        { "<p>The minister repeated that the seed would arrive before the rains.</p><p>Officials confirmed it.</p><p>The minister repeated that the seed would arrive before the rains.</p>", "The minister repeated", 2 },
    };

    [Theory]
    [MemberData(nameof(RepeatedRows))]
    public void Read_KeepsAParagraphShownTwiceInARow_Once(string markup, string sentence, int kept)
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(insideArticle: markup)));

        Assert.Equal(kept, page.Article.Count(block => block.Text.StartsWith(sentence, StringComparison.Ordinal)));
        Assert.Equal(2 - kept, page.LeftOut.Count(block => block.Text.StartsWith(sentence, StringComparison.Ordinal) && block.Reason == RemovalRule.Repeated));
    }

    [Theory]
    [MemberData(nameof(HoverCardRows))]
    public void Read_LeavesOutAHoverCard_InsideASentence_WhichReadsOn(string paragraph, string expected, string? card)
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(insideArticle: paragraph)));

        Assert.Equal([.. TestPages.Paragraphs, expected], BoilerplateCleaner.Clean(page.BodyHtml).Paragraphs);
        if (card is not null)
        {
            Assert.Contains(page.LeftOut, block => block.Text.Contains(card, StringComparison.Ordinal) && block.Reason == RemovalRule.Hidden);
        }
    }

    [Theory]
    [MemberData(nameof(LeftOutRows))]
    public void Read_LeavesPageFurnitureOut_RecordingWhy(string furniture, string where, string sentence, RemovalRule reason)
    {
        var html = where == "inside" ? TestPages.Page(insideArticle: furniture) : TestPages.Page(outsideArticle: furniture);

        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(html));

        Assert.DoesNotContain(sentence, page.BodyHtml, StringComparison.Ordinal);
        var record = Assert.Single(page.LeftOut, block => block.Text.Contains(sentence, StringComparison.Ordinal));
        Assert.Equal(reason, record.Reason);
        Assert.Equal(TestPages.Paragraphs, BoilerplateCleaner.Clean(page.BodyHtml).Paragraphs);
    }

    public static TheoryData<string, string> ProseKeptRows => new()
    {
        // Prose that looks like furniture in one respect only, and a sentence of it that stays in the article.
        { "<p>The talks resumed at 10:30 and ended before noon, officials said.</p>", "The talks resumed at 10:30" },
        { "<p>Prices rose in 2019 and again in 2020, traders said at the market in Mopti.</p>", "Prices rose in 2019" },
        { "<p><a href='/report'>The ministry's full report on the harvest and the rains of this year</a> was published on Tuesday, and it runs to three hundred pages.</p>", "The ministry's full report" },
        { "<h3>The price of rice</h3><p>Rice remained dear in the markets of the north, because imports were delayed at the border for most of October.</p>", "The price of rice" },
        // A linked name is no headline, so the line beside it is no summary of another article.
        { "<div><p><a href='/people/traore'>Aminata Traoré</a></p><p>The minister said the canals would be repaired before the rains of next summer, officials said.</p></div>", "The minister said the canals" },
        // A section under a linked heading that runs longer than a card is the article's own.
        { "<section><h3><a href='/dossier'>The harvest dossier of the whole year</a></h3><p>" + string.Concat(Enumerable.Repeat("The harvest was good in the valley this year. ", 7)) + "</p></section>", "The harvest was good in the valley" },
        // A paragraph that trails off among the article's own is kept, and so are two in one container.
        { "<div class='card'><p>The minister paused, and then she said the canals would be ready...</p></div>", "The minister paused" },
        { "<div class='body'><p>The minister paused, and then she said the canals would be ready...</p><p>The farmers waited for the rest of the sentence…</p></div><div class='body'><p>It never came.</p></div>", "The farmers waited" },
        // A headline after a paragraph makes no summary of that paragraph.
        { "<div><p>The minister thanked the farmers for coming to the capital from every region of the country.</p><p><a href='/gao'>Flooding closes the road to Gao for a week</a></p></div>", "The minister thanked the farmers" },
    };

    [Theory]
    [MemberData(nameof(ProseKeptRows))]
    public void Read_KeepsProse_ThatOnlyResemblesFurniture(string prose, string sentence)
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page(insideArticle: prose)));

        Assert.Contains(page.Article, block => block.Text.StartsWith(sentence, StringComparison.Ordinal));
        Assert.DoesNotContain(page.LeftOut, block => block.Text.Contains(sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LeavesTheHeadlineOut_AsTheTitle()
    {
        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(TestPages.Page()));

        Assert.Contains(page.LeftOut, block => block.Text == TestPages.Title && block.Reason == RemovalRule.Headline);
        Assert.DoesNotContain(TestPages.Title, page.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AccountsForEveryVisibleWord_InTheBodyOrTheLeftOutRecord()
    {
        var furniture = string.Concat(LeftOutRows.Select(row => (string)row[0]));
        var html = TestPages.Page(insideArticle: "<div class='share-tools'><a href='#'>Share</a></div><blockquote><p>We will not let the canals fail again, the minister said at the close.</p></blockquote>", outsideArticle: furniture);

        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(html));

        using var document = new HtmlParser().ParseDocument(html);
        foreach (var invisible in document.Body!.QuerySelectorAll("script, style, input").ToList())
        {
            invisible.Remove();
        }
        // Blocks end words as a browser lays them out; these pages never split a word across elements.
        foreach (var element in document.Body!.QuerySelectorAll("*").ToList())
        {
            element.After(document.CreateTextNode(" "));
        }
        var visibleWords = Words(document.Body!.TextContent);
        using var body = new HtmlParser().ParseDocument(page.BodyHtml);
        var accountedWords = Words(body.Body!.TextContent + " " + string.Join(" ", page.LeftOut.Select(block => block.Text)));
        Assert.Equal("", Difference(visibleWords, accountedWords));
        Assert.Equal("", Difference(accountedWords, visibleWords));
        Assert.Contains("We will not let the canals fail again", page.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NeverPassesScriptsStylesOrMediaIntoTheBody()
    {
        var html = TestPages.Page(insideArticle: "<script>alert('x')</script><style>p{color:red}</style><iframe src='https://example.org/'></iframe><img src='x.png' onerror='alert(1)'><p>The <b onclick='alert(2)'>minister</b> closed the meeting &lt;script&gt; with thanks to everyone who came to the capital for it.</p>");

        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(html));

        using var body = new HtmlParser().ParseDocument(page.BodyHtml);
        Assert.Empty(body.Body!.QuerySelectorAll("script, style, iframe, img, b, a, [onclick], [onerror]"));
        Assert.All(body.Body!.QuerySelectorAll("*"), element => Assert.Empty(element.Attributes));
        Assert.Contains("&lt;script&gt;", page.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", page.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedPage_KeepsWhatArrived()
    {
        var html = TestPages.Page();
        var truncated = html[..html.IndexOf("The meeting ended", StringComparison.Ordinal)] + "The meeting end";

        var page = WebPageReader.Read("harvest.html", TestPages.Utf8(truncated));

        var paragraphs = BoilerplateCleaner.Clean(page.BodyHtml).Paragraphs;
        Assert.Equal(TestPages.Paragraphs[..3], paragraphs.Take(3));
        Assert.Equal("The meeting end", paragraphs[^1]);
    }

    [Fact]
    public void Read_PageOverTenMegabytes_IsRefusedWithItsSize()
    {
        var bytes = new byte[WebPageReader.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var error = Assert.Throws<ContentFileException>(() => WebPageReader.Read("huge.html", bytes));

        Assert.Equal("huge.html", error.FileName);
        Assert.Contains("10 MB", error.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> NoArticleRows => new()
    {
        { "empty", "" },
        { "home page", "<html><head><title>The Daily Example</title></head><body><nav><a href='/'>Home</a></nav><main>"
            + string.Concat(Enumerable.Range(1, 30).Select(i => $"<div class='teaser'><h2><a href='/story/{i}'>Headline number {i} about the news of the day in the region</a></h2></div>"))
            + "</main></body></html>" },
        { "login wall", "<html><head><title>Sign in</title></head><body><main><h1>Sign in to continue reading</h1><form><label>Email</label><input name='e'><label>Password</label><input name='p' type='password'><button>Sign in</button></form><p>New here? Create an account.</p></main></body></html>" },
    };

    [Theory]
    [MemberData(nameof(NoArticleRows))]
    public void Read_PageWithoutAnArticle_IsRefusedWithAClearReason(string what, string html)
    {
        var error = Assert.Throws<ContentFileException>(() => WebPageReader.Read("page.html", TestPages.Utf8(html)));

        Assert.Equal("page.html", error.FileName);
        Assert.Matches(what == "empty" ? "empty" : "no article", error.Reason);
    }

    /// <summary>The words of <paramref name="a"/> left over once <paramref name="b"/>'s are taken away, as one string for a readable failure.</summary>
    internal static string Difference(List<string> a, List<string> b)
    {
        var rest = new List<string>(a);
        foreach (var word in b)
        {
            rest.Remove(word);
        }
        return string.Join(" ", rest);
    }

    internal static List<string> Words(string text) => [.. Word().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
