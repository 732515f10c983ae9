namespace MaliReader.Web.Search;

/// <summary>
/// Which paragraphs hold a query term, and how many times, read from the index's postings: exactly
/// the paragraphs and counts in which <see cref="SearchPlan.MatchIn"/> finds the term, so that what
/// is found and what is ranked and marked agree. A one-word spelling is a union of its forms'
/// postings; a spelling of several words (a phrase, "e mail") is looked for only in the paragraphs
/// that hold its rarest word, and checked there word by word.
/// </summary>
public static class TermHolders
{
    public static TermHolding Of(SearchPlan.TermPattern pattern, SearchIndex index)
    {
        var counts = new Dictionary<int, int>();
        var exact = new HashSet<int>();
        for (var spelling = 0; spelling < pattern.Spellings.Count; spelling++)
        {
            var slots = pattern.Spellings[spelling];
            if (slots.Count == 1)
            {
                foreach (var form in FormsOf(slots[0], index))
                {
                    // The first spelling is the word as typed; a prefix is exact in any word it starts.
                    var asTyped = spelling == 0 && (slots[0].Prefix is not null || form == slots[0].Typed);
                    foreach (var posting in index.PostingsOf(form))
                    {
                        counts[posting.Paragraph] = counts.GetValueOrDefault(posting.Paragraph) + posting.Count;
                        if (asTyped)
                        {
                            exact.Add(posting.Paragraph);
                        }
                    }
                }
                continue;
            }
            foreach (var paragraph in RarestSlotHolders(slots, index))
            {
                var tokens = index.TokensAt(paragraph);
                var found = 0;
                for (var at = 0; at < tokens.Count; at++)
                {
                    if (pattern.Matches(spelling, tokens, at) is { } asTyped)
                    {
                        found++;
                        if (asTyped)
                        {
                            exact.Add(paragraph);
                        }
                    }
                }
                if (found > 0)
                {
                    counts[paragraph] = counts.GetValueOrDefault(paragraph) + found;
                }
            }
        }
        return new TermHolding(counts, exact);
    }

    private static IEnumerable<string> FormsOf(SearchPlan.Slot slot, SearchIndex index) =>
        slot.Prefix is { } prefix ? index.Vocabulary.FormsStartingWith(prefix) : slot.Forms;

    private static HashSet<int> RarestSlotHolders(IReadOnlyList<SearchPlan.Slot> slots, SearchIndex index)
    {
        HashSet<int>? rarest = null;
        foreach (var slot in slots)
        {
            var holders = new HashSet<int>();
            foreach (var form in FormsOf(slot, index))
            {
                foreach (var posting in index.PostingsOf(form))
                {
                    holders.Add(posting.Paragraph);
                }
            }
            if (rarest is null || holders.Count < rarest.Count)
            {
                rarest = holders;
            }
        }
        return rarest ?? [];
    }
}

/// <param name="Counts">Paragraph number → how many times the term occurs in it (never 0).</param>
/// <param name="Exact">The paragraphs that hold the term as typed, not only in another form.</param>
public sealed record TermHolding(Dictionary<int, int> Counts, HashSet<int> Exact);
