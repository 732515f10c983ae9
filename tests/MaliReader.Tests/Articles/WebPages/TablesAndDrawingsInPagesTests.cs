using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// What a saved page's article shows of a table or of an inline drawing. A table of figures came out one paragraph per
/// cell ("January", "12", "February", "9"), each with its own ¶ number and link, so which figure belongs to which
/// month was lost; now each row is one paragraph, its cells in order between " | ". The words of an SVG's text or a
/// MathML formula inside a paragraph (a label a reader sees) were neither in the article nor on the record of what was
/// removed; now they are on the record, and the sentence around them stays one paragraph.
/// </summary>
public sealed class TablesAndDrawingsInPagesTests
{
    private static Article Read(string insideArticle) =>
        ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: insideArticle)));

    [Fact]
    public void ATableRow_KeepsItsCellsTogether()
    {
        var article = Read("""
            <table><tr><th>Month</th><th>Flights</th></tr>
            <tr><td>January</td><td>12</td></tr><tr><td>February</td><td>9</td></tr></table>
            """);

        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text == "12");
        Assert.Contains(article.Paragraphs, paragraph =>
            paragraph.Text.Contains("January", StringComparison.Ordinal) && paragraph.Text.Contains("12", StringComparison.Ordinal));
        var texts = article.Paragraphs.Select(paragraph => paragraph.Text).ToList();
        Assert.Equal(["Month | Flights", "January | 12", "February | 9"], texts.Where(text => text.Contains(" | ", StringComparison.Ordinal)));
    }

    [Fact]
    public void ATableRow_WithEmptyCellsAndMarkupInside_KeepsEveryWordInOrder()
    {
        var article = Read("""
            <table><thead><tr><th>Town</th><th></th><th>Displaced <em>people</em></th></tr></thead>
            <tbody><tr><td><a href="/gao">Gao</a></td><td> </td><td>1,200 <small>(est.)</small></td></tr></tbody></table>
            """);

        var texts = article.Paragraphs.Select(paragraph => paragraph.Text).ToList();
        // The empty cell keeps its column, so the figure stays under its heading.
        Assert.Contains("Town | | Displaced people", texts);
        Assert.Contains("Gao | | 1,200 (est.)", texts);
    }

    [Fact]
    public void APageLaidOutWithATable_KeepsItsColumnsApart()
    {
        var article = ArticleReader.Read("page.html", TestPages.Utf8($"""
            <html><head><title>Floods in Gao</title></head><body><table><tr>
            <td class="sidebar">Home News Sport Weather</td>
            <td>{string.Join("", TestPages.Paragraphs.Select(paragraph => $"<p>{paragraph}</p>"))}</td>
            </tr></table></body></html>
            """));

        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains(" | ", StringComparison.Ordinal));
        Assert.Contains(article.Removed, fragment => fragment.Text == "Home News Sport Weather" && fragment.Rule == RemovalRule.Sidebar);
    }

    [Fact]
    public void TextOfAnInlineDrawing_IsInTheArticleOrOnTheRecord()
    {
        var article = Read("""<p>The map shows the route <svg viewBox="0 0 10 10"><text x="1" y="5">Kidal</text></svg> the convoy took north.</p>""");

        var everything = string.Join(" ", article.Paragraphs.Select(p => p.Text).Concat(article.Removed.Select(r => r.Text)));
        Assert.Contains("Kidal", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOfAnInlineDrawing_IsOnTheRecordUnderItsRule_AndItsSentenceStaysWhole()
    {
        var article = Read("""
            <p>The map shows the route <svg viewBox="0 0 10 10"><title>Route map</title><text x="1" y="5">Kidal <tspan>north</tspan></text><text>Gao</text></svg> the convoy took north.</p>
            """);

        Assert.Contains(article.Paragraphs, paragraph => paragraph.Text == "The map shows the route the convoy took north.");
        var drawing = Assert.Single(article.Removed, fragment => fragment.Rule == RemovalRule.DrawingText);
        Assert.Equal("Kidal north Gao", drawing.Text);
    }

    [Fact]
    public void AnIconsTitleAndStyle_AreNoTextOfThePage()
    {
        var article = Read("""
            <p>Share the report <svg aria-hidden="true"><title>Facebook</title><style>.a{fill:red}</style><path d="M0 0"/></svg> with friends and family today.</p>
            """);

        Assert.DoesNotContain(article.Removed, fragment => fragment.Text.Contains("Facebook", StringComparison.Ordinal) || fragment.Text.Contains("fill", StringComparison.Ordinal));
    }

    [Fact]
    public void TextOfAFormula_IsOnTheRecordUnderItsRule_WithoutItsTeXSource()
    {
        var article = Read("""
            <p>The area grew as <math><semantics><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">\pi r^2</annotation></semantics></math> with the radius of the camp.</p>
            """);

        var formula = Assert.Single(article.Removed, fragment => fragment.Rule == RemovalRule.DrawingText);
        Assert.Equal("π r 2", formula.Text);
    }
}
