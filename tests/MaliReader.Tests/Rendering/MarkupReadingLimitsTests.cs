using MaliReader.Web.Articles;
using MaliReader.Web.Rendering;

namespace MaliReader.Tests.Rendering;

/// <summary>
/// Which paragraphs have their inline markup read: those short and sparse enough for the parser to read safely. The
/// decision belongs to the paragraph, made once, so that a cut of it (a search snippet) or the text with marks in it is
/// shown as the whole paragraph is.
/// </summary>
public class MarkupReadingLimitsTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Fact]
    public void A_paragraph_at_the_limits_has_its_markup_read_and_one_past_them_does_not()
    {
        Assert.True(ParagraphMarkup.CanReadMarkupOf(new string('a', ParagraphMarkup.MaxMarkupLength)));
        Assert.False(ParagraphMarkup.CanReadMarkupOf(new string('a', ParagraphMarkup.MaxMarkupLength + 1)));
        Assert.True(ParagraphMarkup.CanReadMarkupOf(Repeat("[a] ", ParagraphMarkup.MaxMarkupOpeners)));
        Assert.False(ParagraphMarkup.CanReadMarkupOf(Repeat("[a] ", ParagraphMarkup.MaxMarkupOpeners) + "_"));
        Assert.False(ParagraphMarkup.CanReadMarkupOf(Repeat("*", ParagraphMarkup.MaxMarkupOpeners + 1)));
    }

    [Theory]
    [InlineData("[", 20_000)]
    [InlineData("*a ", 20_000)]
    [InlineData("*[", 10_000)]
    [InlineData("[`a` ", 20_000)]
    public void Markup_nested_past_the_parsers_depth_limit_is_shown_as_typed_rather_than_thrown(string unit, int times)
    {
        var text = "The minister said " + Repeat(unit, times);

        var html = ParagraphMarkup.ToHtml(text, inlineMarkup: true).ToString()!;

        Assert.DoesNotContain("<", html, StringComparison.Ordinal);
        Assert.Equal(text, new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<p>{html}</p>").QuerySelector("p")!.TextContent);
        Assert.Same(MarkupLayout.Typed, ParagraphMarkup.Layout(text, inlineMarkup: true));
    }

    [Fact]
    public void A_paragraph_too_dense_in_markup_is_searched_and_shown_as_typed_even_in_a_short_cut_of_it()
    {
        var text = "The [dossier](https://example.org/rapporteur) was cited " + Repeat("*b ", 300);
        var article = new Article("a", "a.md", "T", "S", null, null, null, "s", [new Paragraph("a-1", "a", 1, text, "f")], []);

        Assert.False(article.ReadsInlineMarkupOf(article.Paragraphs[0]));
        // The snippet a search shows is short enough to be read, but it is the paragraph that decides.
        Assert.True(ParagraphMarkup.CanReadMarkupOf(text[..60]));
        Assert.Contains("rapporteur", Web.Search.SearchTokens.Visible(text, article.ReadsInlineMarkupOf(article.Paragraphs[0])).Select(token => token.Form));
    }

    [Fact]
    public void A_paragraph_edited_into_one_too_dense_in_markup_decides_again()
    {
        var paragraph = new Paragraph("a-1", "a", 1, "A *stressed* word.", "f");

        var edited = paragraph with { Text = Repeat("*a ", 300) };

        Assert.True(paragraph.MarkupCanBeRead);
        Assert.False(edited.MarkupCanBeRead);
        Assert.Equal(new Paragraph("a-1", "a", 1, edited.Text, "f"), edited);
    }

    [Fact]
    public void A_saved_pages_paragraph_is_never_read_as_markup()
    {
        var article = new Article("a", "a.html", "T", "S", null, null, null, "s", [new Paragraph("a-1", "a", 1, "A *stressed* word.", "f")], []);

        Assert.False(article.ReadsInlineMarkupOf(article.Paragraphs[0]));
        Assert.Empty(article.ParagraphsShownAsTyped);
    }
}
