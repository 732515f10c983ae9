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

    [Theory]
    // A heading over two columns leaves the second empty, so "Displaced" stays over its figures.
    [InlineData("""<tr><th colspan="2">Place</th><th>Displaced</th></tr><tr><td>Gao</td><td>Ansongo</td><td>1,200</td></tr>""", "Place | | Displaced")]
    // An empty corner over the rows' names keeps the years over their figures.
    [InlineData("""<tr><th></th><th>2023</th><th>2024</th></tr><tr><th>Gao</th><td>10</td><td>12</td></tr>""", "| 2023 | 2024")]
    // A cell spanning rows in the middle column: the row below reads on after the empty place it leaves.
    [InlineData("""<tr><td>Gao</td><td rowspan="2">closed</td><td>1,200</td></tr><tr><td>Kidal</td><td>800</td></tr>""", "Kidal | | 800")]
    // rowspan="0" reaches to the last row of its group, two rows below here.
    [InlineData("""<tr><td rowspan="0">North</td><td>Gao</td><td>1,200</td></tr><tr><td>Kidal</td><td>800</td></tr><tr><td>Timbuktu</td><td>500</td></tr>""", "| Timbuktu | 500")]
    // Two empty places before a row's first text, below a cell spanning two rows and two columns.
    [InlineData("""<tr><td rowspan="2" colspan="2">Gao region</td><td>1,200</td></tr><tr><td>800</td></tr>""", "| | 800")]
    public void ARowOfATableWithSpannedCells_ReadsWithEachFigureInItsColumn(string rows, string row)
    {
        var texts = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: $"<table>{rows}</table>")))
            .Paragraphs.Select(paragraph => paragraph.Text).ToList();

        Assert.Contains(row, texts);
    }

    [Fact]
    public void ACellSpanningRows_TakesNoPlaceInTheNextGroupOfRows()
    {
        var texts = ArticleReader.Read("page.html", TestPages.Utf8(TestPages.Page(insideArticle: """
            <table><thead><tr><th rowspan="3">Region</th><th>Displaced</th></tr></thead>
            <tbody><tr><td>Gao</td><td>1,200</td></tr></tbody></table>
            """))).Paragraphs.Select(paragraph => paragraph.Text).ToList();

        Assert.Contains("Gao | 1,200", texts);
    }
}
