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
    /// <summary>Paragraph number → how many times the term occurs in it (never 0).</summary>
    public static Dictionary<int, int> Of(SearchPlan.TermPattern pattern, SearchIndex index)
    {
        var counts = new Dictionary<int, int>();
        for (var spelling = 0; spelling < pattern.Spellings.Count; spelling++)
        {
            var slots = pattern.Spellings[spelling];
            if (slots.Count == 1)
            {
                foreach (var form in FormsOf(slots[0], index))
                {
                    foreach (var posting in index.PostingsOf(form))
                    {
                        counts[posting.Paragraph] = counts.GetValueOrDefault(posting.Paragraph) + posting.Count;
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
                    if (pattern.Matches(spelling, tokens, at) is not null)
                    {
                        found++;
                    }
                }
                if (found > 0)
                {
                    counts[paragraph] = counts.GetValueOrDefault(paragraph) + found;
                }
            }
        }
        return counts;
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
