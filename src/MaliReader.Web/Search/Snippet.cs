using System.Text;

namespace MaliReader.Web.Search;

/// <summary>
/// Paragraph text with the words a query found marked (private-use markers that <see cref="MarkedText"/>
/// turns into &lt;mark&gt;), whole or cut to a window around the matches. A mark always covers whole
/// tokens, so a word's combining marks stay inside it.
/// </summary>
public static class Snippet
{
    /// <summary>The whole text, marked.</summary>
    public static string Marked(string text, IReadOnlyList<SearchToken> tokens, IReadOnlyList<Occurrence> occurrences) =>
        Marked(text, tokens, occurrences, 0, tokens.Count, whole: true);

    /// <summary>At most <paramref name="maxTokens"/> words around the most distinct matches, with "…" where text was cut.</summary>
    /// <param name="unbroken">Ranges of the text never cut (links, whose markup must stay whole): a window that would cut one takes it in.</param>
    public static string Window(string text, IReadOnlyList<SearchToken> tokens, IReadOnlyList<Occurrence> occurrences, int maxTokens,
        IReadOnlyList<Rendering.TextRange>? unbroken = null)
    {
        if (tokens.Count <= maxTokens)
        {
            return Marked(text, tokens, occurrences);
        }
        // Start a little before a match, where the window covers the most different terms.
        const int Lead = 8;
        var bestStart = 0;
        var bestCovered = -1;
        foreach (var anchor in occurrences.Select(occurrence => Math.Clamp(occurrence.Start - Lead, 0, tokens.Count - maxTokens)).Distinct())
        {
            var covered = occurrences.Where(occurrence => occurrence.Start >= anchor && occurrence.Start + occurrence.Length <= anchor + maxTokens)
                .Select(occurrence => occurrence.Pattern).Distinct().Count();
            if (covered > bestCovered)
            {
                (bestStart, bestCovered) = (anchor, covered);
            }
        }
        return Marked(text, tokens, occurrences, bestStart, bestStart + maxTokens, whole: false, unbroken ?? []);
    }

    /// <summary>The part of the matched text to mark: all of it, or for a character searched alone, that character in its pair.</summary>
    private static (int Start, int End) Shown(string text, SearchPlan.TermPattern pattern, int start, int end)
    {
        if (pattern.LoneCharacter is not { } character)
        {
            return (start, end);
        }
        var first = text.IndexOf(character, start, end - start, StringComparison.Ordinal);
        return first < 0 ? (start, end) : (first, text.LastIndexOf(character, end - 1, end - start, StringComparison.Ordinal) + character.Length);
    }

    private static string Marked(string text, IReadOnlyList<SearchToken> tokens, IReadOnlyList<Occurrence> occurrences, int first, int end, bool whole,
        IReadOnlyList<Rendering.TextRange>? unbroken = null)
    {
        var from = whole || first == 0 ? 0 : tokens[first].Start;
        var to = whole || end >= tokens.Count ? text.Length : tokens[end - 1].End;
        foreach (var range in unbroken ?? [])
        {
            if (range.Start < from && from < range.End)
            {
                from = range.Start;
            }
            if (range.Start < to && to < range.End)
            {
                to = range.End;
            }
        }
        var ranges = occurrences
            .Where(occurrence => occurrence.Start >= first && occurrence.Start + occurrence.Length <= end)
            .Select(occurrence => Shown(text, occurrence.Pattern, tokens[occurrence.Start].Start, tokens[occurrence.Start + occurrence.Length - 1].End))
            .OrderBy(range => range.Start)
            .ToList();

        var marked = new StringBuilder(to - from + 2 * ranges.Count + 2);
        if (from > 0)
        {
            marked.Append('…');
        }
        var position = from;
        var i = 0;
        while (i < ranges.Count)
        {
            var (start, stop) = ranges[i++];
            // Overlapping matches (a word inside a phrase) become one mark.
            while (i < ranges.Count && ranges[i].Start <= stop)
            {
                stop = Math.Max(stop, ranges[i++].End);
            }
            marked.Append(text, position, start - position).Append(MarkedText.Open).Append(text, start, stop - start).Append(MarkedText.Close);
            position = stop;
        }
        marked.Append(text, position, to - position);
        if (to < text.Length)
        {
            marked.Append('…');
        }
        return marked.ToString();
    }
}
