using System.Globalization;
using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// Where each cell of a table stands in the grid a reader sees, by the HTML table model ("forming a table"): a cell that
/// spans rows (rowspan) takes its column in the rows below too, and one that spans columns (colspan) takes the columns
/// after it, so the cells after either sit further right than their place among their row's cells says.
/// </summary>
public static class TableGrid
{
    // The HTML standard's limits: a larger colspan is read as 1000, a larger rowspan as 65534.
    private const int MaxColumnSpan = 1000;
    private const int MaxRowSpan = 65534;

    /// <summary>
    /// For every cell of <paramref name="table"/>'s own rows (not those of a table inside it), how many columns it stands
    /// to the right of the cell before it in its row: 1 beside it, more after a cell spanning columns or across columns
    /// taken by a cell spanning rows from above. A row's first cell counts from just before the first column, so it is
    /// 1 in the first column and 2 when a cell from above takes that column.
    /// </summary>
    public static Dictionary<IElement, int> ColumnStepsOf(IElement table)
    {
        var steps = new Dictionary<IElement, int>();
        // Rows of one group (thead, tbody, tfoot, or rows directly in the table) share spans; no span reaches past its group.
        foreach (var group in RowGroupsOf(table))
        {
            // For each column taken from above: in how many more rows of the group, this one included.
            var takenFromAbove = new Dictionary<int, int>();
            foreach (var row in group)
            {
                var takenBelow = new Dictionary<int, int>();
                var column = 0;
                var previousColumn = -1;
                foreach (var cell in row.Children.Where(child => child.LocalName is "td" or "th"))
                {
                    while (takenFromAbove.ContainsKey(column))
                    {
                        column++;
                    }
                    steps[cell] = column - previousColumn;
                    previousColumn = column;
                    var columnSpan = Math.Clamp(SpanOf(cell, "colspan"), 1, MaxColumnSpan);
                    var rowSpan = Math.Min(SpanOf(cell, "rowspan"), MaxRowSpan);
                    // rowspan="0" reaches to the end of the group.
                    var rowsBelow = rowSpan == 0 ? int.MaxValue : rowSpan - 1;
                    for (var spanned = column; rowsBelow > 0 && spanned < column + columnSpan; spanned++)
                    {
                        takenBelow[spanned] = rowsBelow;
                    }
                    column += columnSpan;
                }
                foreach (var (taken, rows) in takenFromAbove)
                {
                    if (rows > 1)
                    {
                        takenBelow.TryAdd(taken, rows - 1);
                    }
                }
                takenFromAbove = takenBelow;
            }
        }
        return steps;
    }

    private static IEnumerable<List<IElement>> RowGroupsOf(IElement table)
    {
        var looseRows = new List<IElement>();
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                looseRows.Add(child);
                continue;
            }
            if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                if (looseRows.Count > 0)
                {
                    yield return looseRows;
                    looseRows = [];
                }
                yield return child.Children.Where(row => row.LocalName == "tr").ToList();
            }
        }
        if (looseRows.Count > 0)
        {
            yield return looseRows;
        }
    }

    // A span the page does not give, or gives as no number, is 1.
    private static int SpanOf(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) ? span : 1;
}
