using AngleSharp.Html.Parser;
using CsCheck;
using MaliReader.Web.Rendering;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Rendering;

public class ParagraphMarkupTests
{
    private static readonly HtmlParser Parser = new();

    private static string Render(string text, string tag = "mark")
    {
        using var writer = new StringWriter();
        ParagraphMarkup.ToHtml(text, inlineMarkup: true, tag).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    private static AngleSharp.Dom.IElement Body(string html) => Parser.ParseDocument($"<p>{html}</p>").QuerySelector("p")!;

    [Theory]
    [InlineData("Troops arrived at dawn.", "Troops arrived at dawn.")]
    [InlineData("2013. French soldiers arrived in Mali.", "2013. French soldiers arrived in Mali.")]
    [InlineData("- a dash that opens the line", "- a dash that opens the line")]
    [InlineData("1. not a list", "1. not a list")]
    [InlineData("> not a quote", "> not a quote")]
    [InlineData("## not a heading", "## not a heading")]
    [InlineData("a <script>alert(1)</script> tag", "a <script>alert(1)</script> tag")]
    [InlineData("AT&amp;T and &copy; stay as typed", "AT&amp;T and &copy; stay as typed")]
    [InlineData("“France has [more] to answer for,”", "“France has [more] to answer for,”")]
    [InlineData("5 * 3 and a_b_c", "5 * 3 and a_b_c")]
    public void Text_that_is_not_inline_markup_is_shown_as_typed(string text, string shown)
    {
        var paragraph = Body(Render(text));

        Assert.Equal(shown, paragraph.TextContent);
        Assert.Empty(paragraph.QuerySelectorAll("script, ol, ul, blockquote, h1, h2, img"));
    }

    [Theory]
    [InlineData("a *stressed* word", "em", "stressed")]
    [InlineData("a **strong** word", "strong", "strong")]
    [InlineData("the `code` here", "code", "code")]
    // Scripts written without spaces: markup inside a run of words leaves no word unshown, though it moves where words break.
    [InlineData("联合国向**巴伦西亚**提供援助。", "strong", "巴伦西亚")]
    [InlineData("国連は*水曜日*に支援を申し出た。", "em", "水曜日")]
    public void Emphasis_and_code_are_rendered(string text, string element, string inner)
    {
        var paragraph = Body(Render(text));

        Assert.Equal(inner, paragraph.QuerySelector(element)?.TextContent);
    }

    [Theory]
    [InlineData("Read [the letter](https://example.org/letter.pdf) today.", "https://example.org/letter.pdf", "the letter")]
    [InlineData("Write to <press@example.org>.", "mailto:press@example.org", "press@example.org")]
    [InlineData("See <https://example.org/a> now", "https://example.org/a", "https://example.org/a")]
    [InlineData("See https://example.org/report now", "https://example.org/report", "https://example.org/report")]
    [InlineData("A picture ![the base at dawn](https://example.org/base.jpg) here", "https://example.org/base.jpg", "the base at dawn")]
    [InlineData("联合国向[马德里](https://example.org/madrid)提供援助。", "https://example.org/madrid", "马德里")]
    public void Links_with_safe_addresses_become_anchors_and_nothing_loads(string text, string href, string linkText)
    {
        var paragraph = Body(Render(text));

        var anchor = Assert.Single(paragraph.QuerySelectorAll("a"));
        Assert.Equal(href, anchor.GetAttribute("href"));
        Assert.Equal(linkText, anchor.TextContent);
        Assert.Contains("nofollow", anchor.GetAttribute("rel"));
        Assert.Empty(paragraph.QuerySelectorAll("img"));
    }

    [Theory]
    [InlineData("Click [here](javascript:alert(1)) now")]
    [InlineData("Click [here](data:text/html,hi) now")]
    [InlineData("Click [here](/relative/path) now")]
    [InlineData("Mail <javascript:alert(1)> now")]
    [InlineData("[note]: https://example.org/a-definition-commonmark-would-swallow")]
    public void Other_addresses_and_swallowed_text_are_shown_as_typed(string text)
    {
        var paragraph = Body(Render(text));

        Assert.Empty(paragraph.QuerySelectorAll("a"));
        Assert.Equal(text, paragraph.TextContent);
    }

    [Fact]
    public void A_link_to_another_scheme_stays_as_typed_beside_markup_that_is_shown()
    {
        const string text = "A [good](https://example.org/) and [bad](javascript:alert(1)) and *this*.";

        var paragraph = Body(Render(text));

        Assert.Equal("https://example.org/", Assert.Single(paragraph.QuerySelectorAll("a")).GetAttribute("href"));
        Assert.Contains("[bad](javascript:alert(1))", paragraph.TextContent);
        Assert.Equal("this", paragraph.QuerySelector("em")?.TextContent);
    }

    [Theory]
    [InlineData("A pixel ![](https://example.org/p.gif) here", "https://example.org/p.gif")]
    [InlineData("An empty [](https://example.org/) link", "https://example.org/")]
    [InlineData("A blank [ ](https://example.org/b) link", "https://example.org/b")]
    public void A_link_without_words_shows_its_address(string text, string address)
    {
        var anchor = Assert.Single(Body(Render(text)).QuerySelectorAll("a"));

        Assert.Equal(address, anchor.TextContent.Trim());
    }

    [Fact]
    public void Text_that_was_never_markdown_is_shown_as_typed()
    {
        using var writer = new StringWriter();
        ParagraphMarkup.ToHtml("See [the site](https://example.org/login) and *this*.", inlineMarkup: false)
            .WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        var paragraph = Body(writer.ToString());

        Assert.Empty(paragraph.Children);
        Assert.Equal("See [the site](https://example.org/login) and *this*.", paragraph.TextContent);
    }

    [Fact]
    public void Search_marks_stay_balanced_across_a_link()
    {
        var text = $"Read [the {MarkedText.Open}letter{MarkedText.Close}](https://example.org/x) and {MarkedText.Open}*more* words{MarkedText.Close}.";

        var html = Render(text);
        var paragraph = Body(html);

        Assert.Equal(["letter", "more", " words"], paragraph.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal("https://example.org/x", paragraph.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(MarkedText.Open, html);
    }

    [Theory]
    [InlineData("ins")]
    [InlineData("del")]
    public void Changed_words_use_the_callers_tag(string tag)
    {
        var paragraph = Body(Render($"The {MarkedText.Open}coast{MarkedText.Close} region", tag));

        Assert.Equal("coast", paragraph.QuerySelector(tag)?.TextContent);
    }

    [Fact]
    public void Other_tags_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParagraphMarkup.ToHtml("text", inlineMarkup: true, "script"));

    private static readonly string[] Pieces =
    [
        "Mali", "France", "2013.", "said", "*", "**", "_", "`", "[", "]", "(", ")", "<", ">", "!", "\\", "#", "-", "1.",
        "https://example.org/a", "[the letter](https://example.org/b)", "[x](javascript:void(0))", "<b>", "&amp;",
        "www.example.org", "a@b.org", "“quoted”", ":", "\n", "[n]: https://example.org/c",
    ];

    [Fact]
    public void Every_word_of_the_text_is_shown_or_followed_in_order()
    {
        Gen.OneOf(Pieces).Array[1, 20].Select(pieces => string.Join(' ', pieces)).Sample(text =>
        {
            var paragraph = Body(Render(text));
            var shown = paragraph.TextContent + " " + string.Join(' ', paragraph.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            var typed = Words(text);
            // Each typed word appears among what a reader sees or can follow, and no element beyond the allowed ones.
            Assert.All(typed, word => Assert.Contains(word, Words(shown)));
            Assert.DoesNotContain(paragraph.QuerySelectorAll("*"), e => e.LocalName is not ("a" or "em" or "strong" or "code" or "br" or "mark"));
        });
    }

    private static List<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();

    [Theory]
    [InlineData("**Paris** on *Monday*", "Paris on Monday")]
    [InlineData("[the letter](https://example.org/a \"Title\") was `sent`", "the letter was sent")]
    [InlineData("Mail <https://example.org/x> now", "Mail https://example.org/x now")]
    [InlineData("an escaped \\*star\\*", "an escaped *star*")]
    [InlineData("see [](https://example.org/a)", "see https://example.org/a")]
    [InlineData("[x](javascript:alert(1)) and **y**", "[x](javascript:alert(1)) and y")]
    [InlineData("5 * 3 and a_b_c", "5 * 3 and a_b_c")]
    public void Plain_text_is_what_a_reader_sees(string text, string plain)
    {
        Assert.Equal(plain, ParagraphMarkup.PlainText(text, inlineMarkup: true));
        Assert.Equal(plain, Body(Render(text)).TextContent);
    }

    [Fact]
    public void Plain_text_of_text_that_was_never_markdown_is_the_text() =>
        Assert.Equal("**Paris** [x](https://example.org)", ParagraphMarkup.PlainText("**Paris** [x](https://example.org)", inlineMarkup: false));

    [Fact]
    public void Plain_text_holds_the_characters_the_rendering_shows()
    {
        Gen.OneOf(Pieces).Array[1, 20].Select(pieces => string.Join(' ', pieces)).Sample(text =>
            // Line breaks and the spaces of a hard break are written as elements or dropped: spacing is not compared.
            Assert.Equal(WithoutSpace(Body(Render(text)).TextContent), WithoutSpace(ParagraphMarkup.PlainText(text, inlineMarkup: true))));
    }

    private static string WithoutSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
