using MaliReader.Web.Articles;
using MaliReader.Web.Compare;
using MaliReader.Web.Permalinks;
using MaliReader.Web.ReadModel;
using System.Text;
using MaliReader.Web.Rendering;
using MaliReader.Web.Search;
using Microsoft.AspNetCore.Html;

namespace MaliReader.Web.Pages;

/// <summary>A paragraph of another account that reports the same thing, as a reader is pointed to it.</summary>
/// <param name="Label">"Unattributed translation ¶4".</param>
public sealed record Counterpart(string Id, string Label, double Score);

/// <summary>One row of the aligned view: for each account (in story order), its paragraphs that report this row's matter.</summary>
/// <param name="Id">The row's anchor, "row-3".</param>
/// <param name="Pairs">The pairs the row holds; none for a paragraph no other account reports.</param>
public sealed record AlignedRow(string Id, IReadOnlyList<IReadOnlyList<Paragraph>> Cells, IReadOnlyList<ParagraphPair> Pairs);

/// <summary>One line of the differences panel: each side's differing words, null where a side has none.</summary>
public sealed record PanelDifference(DifferenceKind Kind, string RowId, Paragraph Left, string? LeftWords, Paragraph? Right, string? RightWords);

/// <summary>
/// A story's comparison as the reading room shows it: counterparts of each paragraph, rows of the
/// aligned view, the differences panel and the overview strip. Built from the snapshot's comparison;
/// for a story with one account every paragraph is simply its own.
/// </summary>
public sealed class ComparisonView
{
    private readonly Dictionary<string, (Article Article, Paragraph Paragraph)> _paragraphs;
    private readonly Dictionary<string, AlignedRow> _rowOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unmatched;

    public ComparisonView(Story story, StoryComparison? comparison)
    {
        Story = story;
        Comparison = comparison;
        _paragraphs = story.Articles
            .SelectMany(article => article.Paragraphs.Select(paragraph => (article, paragraph)))
            .ToDictionary(entry => entry.paragraph.Id, StringComparer.Ordinal);
        _unmatched = comparison is null ? [] : comparison.Unmatched.ToHashSet(StringComparer.Ordinal);
        // Rows are the aligned view's, and only a compared story has one.
        Rows = comparison is null ? [] : BuildRows();
        foreach (var row in Rows)
        {
            foreach (var paragraph in row.Cells.SelectMany(cell => cell))
            {
                _rowOf[paragraph.Id] = row;
            }
        }
        Differences = BuildDifferences();
    }

    public Story Story { get; }

    public StoryComparison? Comparison { get; }

    public bool IsCompared => Comparison is not null;

    public IReadOnlyList<AlignedRow> Rows { get; }

    public IReadOnlyList<PanelDifference> Differences { get; }

    public IReadOnlyList<Counterpart> CounterpartsOf(string paragraphId) =>
        Comparison is null
            ? []
            : [.. Comparison.CounterpartsOf(paragraphId).Select(c => new Counterpart(c.Counterpart, Label(c.Counterpart), c.Pair.Score))];

    /// <summary>Reported by its own account only, when the story has others to compare with.</summary>
    public bool IsUnmatched(string paragraphId) => _unmatched.Contains(paragraphId);

    public string RowIdOf(string paragraphId) => _rowOf.TryGetValue(paragraphId, out var row) ? row.Id : paragraphId;

    /// <summary>"RT ¶3".</summary>
    public string Label(string paragraphId) =>
        _paragraphs.TryGetValue(paragraphId, out var found) ? $"{AccountLabel(found.Article)} ¶{found.Paragraph.N}" : paragraphId;

    /// <summary>"RT": how the story tells its accounts apart (<see cref="Story.CitationLabelOf"/>).</summary>
    public string AccountLabel(Article account) => Story.CitationLabelOf(account);

    public Article ArticleOf(string paragraphId) => _paragraphs[paragraphId].Article;

    public Paragraph ParagraphOf(string paragraphId) => _paragraphs[paragraphId].Paragraph;

    /// <summary>
    /// How much a pair differs, from 1 (little: much the same words) to 4 (most: a loose match), for
    /// the overview strip's shading; a name, number or term that changed adds one step.
    /// </summary>
    public static int DifferenceLevel(ParagraphPair pair)
    {
        var level = pair.Score >= 0.5 ? 1 : pair.Score >= 0.3 ? 2 : pair.Score >= 0.2 ? 3 : 4;
        return Math.Min(4, level + (pair.Differences.Any(d => d.Kind != DifferenceKind.Claim) ? 1 : 0));
    }

    public static string DescribeLevel(int level) => level switch
    {
        1 => "differs little",
        2 => "differs somewhat",
        3 => "differs much",
        _ => "differs most",
    };

    /// <summary>
    /// Paragraphs joined by pairs share a row (a split paragraph's halves sit beside the whole). Rows
    /// follow the first account's order; a row another account starts is placed after the row of
    /// that account's previous paragraph, so each account still reads top to bottom where it can.
    /// </summary>
    private List<AlignedRow> BuildRows()
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string id)
        {
            while (groups.TryGetValue(id, out var parent) && parent != id)
            {
                id = parent;
            }
            return id;
        }
        foreach (var id in _paragraphs.Keys)
        {
            groups[id] = id;
        }
        foreach (var pair in Comparison?.Pairs ?? [])
        {
            groups[Root(pair.Left)] = Root(pair.Right);
        }

        // Groups in reading order; the linked list keeps each insertion and lookup constant-time.
        var order = new LinkedList<string>();
        var nodes = new Dictionary<string, LinkedListNode<string>>(StringComparer.Ordinal);
        foreach (var article in Story.Articles)
        {
            LinkedListNode<string>? previous = null;
            foreach (var paragraph in article.Paragraphs)
            {
                var group = Root(paragraph.Id);
                if (!nodes.TryGetValue(group, out var node))
                {
                    node = previous is null ? order.AddFirst(group) : order.AddAfter(previous, group);
                    nodes[group] = node;
                }
                previous = node;
            }
        }

        var cells = new Dictionary<string, List<Paragraph>[]>(StringComparer.Ordinal);
        for (var account = 0; account < Story.Articles.Count; account++)
        {
            foreach (var paragraph in Story.Articles[account].Paragraphs)
            {
                var group = Root(paragraph.Id);
                if (!cells.TryGetValue(group, out var row))
                {
                    row = [.. Story.Articles.Select(_ => new List<Paragraph>())];
                    cells[group] = row;
                }
                row[account].Add(paragraph);
            }
        }
        var pairsOf = (Comparison?.Pairs ?? []).ToLookup(pair => Root(pair.Left), StringComparer.Ordinal);
        return order.Select((group, index) => new AlignedRow(
            $"row-{index + 1}",
            [.. cells[group].Select(cell => (IReadOnlyList<Paragraph>)cell)],
            [.. pairsOf[group]])).ToList();
    }

    private List<PanelDifference> BuildDifferences()
    {
        var list = new List<PanelDifference>();
        foreach (var row in Rows)
        {
            foreach (var pair in row.Pairs)
            {
                list.AddRange(pair.Differences.Select(d => new PanelDifference(
                    d.Kind, row.Id, ParagraphOf(pair.Left), d.Left?.Text, ParagraphOf(pair.Right), d.Right?.Text)));
            }
            // A paragraph no other account reports is a claim of its own account, shown by its opening
            // words as a reader sees them (no Markdown syntax).
            foreach (var paragraph in row.Cells.SelectMany(cell => cell).Where(p => IsUnmatched(p.Id)))
            {
                var plain = ParagraphMarkup.PlainText(paragraph.Text, ArticleOf(paragraph.Id).ReadsInlineMarkupOf(paragraph));
                list.Add(new PanelDifference(DifferenceKind.Claim, row.Id, paragraph, PreviewText.Shorten(plain, 90), null, null));
            }
        }
        return list;
    }
}

/// <summary>An account as the article partial shows it, with its paragraphs' counterparts when the story is compared.</summary>
/// <param name="CounterpartsOnPage">The other accounts are on the same page, so counterparts are linked by fragment; else by their own pages.</param>
public sealed record ArticleView(Article Article, ComparisonView? Comparison, bool CounterpartsOnPage = true)
{
    /// <summary>How the account is cited beside the others of its story.</summary>
    public string AccountLabel => Comparison?.AccountLabel(Article) ?? Article.CitationLabel;
}

public sealed record ParagraphView(Article Article, Paragraph Paragraph, ComparisonView? Comparison, bool CounterpartsOnPage = true)
{
    /// <summary>How the paragraph's account is cited beside the others of its story.</summary>
    public string AccountLabel => Comparison?.AccountLabel(Article) ?? Article.CitationLabel;

    public string CounterpartHref(Counterpart counterpart) =>
        CounterpartsOnPage || Comparison is null
            ? $"#{counterpart.Id}"
            : PermalinkResolver.PathFor(Comparison.ParagraphOf(counterpart.Id));
}

public static class TextRuns
{
    /// <summary>
    /// The paragraph's text as <see cref="ParagraphMarkup"/> renders it, with the given word ranges
    /// (sorted, not overlapping; later overlapping ones are skipped) wrapped in <paramref name="tag"/>.
    /// </summary>
    public static IHtmlContent Mark(string text, IEnumerable<WordRange> ranges, string tag, bool inlineMarkup)
    {
        var marked = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (range.Start < at)
            {
                continue;
            }
            marked.Append(text, at, range.Start - at).Append(MarkedText.Open)
                .Append(text, range.Start, range.Length).Append(MarkedText.Close);
            at = range.Start + range.Length;
        }
        marked.Append(text, at, text.Length - at);
        return ParagraphMarkup.ToHtml(marked.ToString(), inlineMarkup, tag);
    }
}
