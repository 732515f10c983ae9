using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// A cell that spans rows (rowspan) or columns (colspan) stands in more than one place of the table a reader sees:
/// a row read below a region's name, or after a "Total" spread over two columns, keeps its figures under their
/// headings rather than sliding them one column to the left.
/// </summary>
public sealed class TableSpannedCellsTests
{
    [Theory]
    [InlineData("Bourem")]
    [InlineData("Total")]
    public void ARowBesideASpannedCell_KeepsItsFigureInItsColumn(string rowOf)
    {
        var texts = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: """
            <table><tr><th>Region</th><th>Town</th><th>Displaced</th></tr>
            <tr><td rowspan="2">Gao</td><td>Ansongo</td><td>1,200</td></tr>
            <tr><td>Bourem</td><td>800</td></tr>
            <tr><td colspan="2">Total</td><td>2,000</td></tr></table>
            """))).Paragraphs.Select(paragraph => paragraph.Text).ToList();

        Assert.Contains("Region | Town | Displaced", texts);
        var row = Assert.Single(texts, text => text.Contains(rowOf, StringComparison.Ordinal));
        Assert.Equal(3, row.Split('|').Length);
    }
}
