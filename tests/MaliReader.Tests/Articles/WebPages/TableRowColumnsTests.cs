using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// A saved page's table row is one paragraph with its cells between " | ", so a figure stays beside what it counts: an
/// empty cell in the middle of a row of figures keeps its place ("Gao | | 12" under "Town | 2023 | 2024", where dropping
/// it read as 12 in 2023), and a cell written with a paragraph inside (&lt;td&gt;&lt;p&gt;12&lt;/p&gt;&lt;/td&gt;, as word
/// processors and site editors write tables) is read into its row, not as a column of a page laid out as a table.
/// Cells spanning rows or columns are in <see cref="TableSpannedCellsTests"/>.
/// </summary>
public sealed class TableRowColumnsTests
{
    private static List<string> Texts(string insideArticle) =>
        ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: insideArticle)))
            .Paragraphs.Select(paragraph => paragraph.Text).ToList();

    [Fact]
    public void AnEmptyCellInARowOfFigures_KeepsTheFiguresInTheirColumns()
    {
        var texts = Texts("""
            <table><tr><th>Town</th><th>2023</th><th>2024</th></tr>
            <tr><td>Gao</td><td></td><td>12</td></tr><tr><td>Kidal</td><td>7</td><td>9</td></tr></table>
            """);

        Assert.Contains("Town | 2023 | 2024", texts);
        var gao = Assert.Single(texts, text => text.StartsWith("Gao", StringComparison.Ordinal));
        Assert.Equal(3, gao.Split('|').Length);
    }

    [Fact]
    public void CellsWrittenWithAParagraphInside_StayOneRow()
    {
        var texts = Texts("""
            <table><tr><th><p>Month</p></th><th><p>Flights</p></th></tr>
            <tr><td><p>January</p></td><td><p>12</p></td></tr><tr><td><p>February</p></td><td><p>9</p></td></tr></table>
            """);

        Assert.DoesNotContain("12", texts);
        Assert.Contains("January | 12", texts);
    }
}
