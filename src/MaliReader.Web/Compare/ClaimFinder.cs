namespace MaliReader.Web.Compare;

/// <summary>
/// Clauses of a paragraph that its counterparts do not report. A paragraph is cut into clauses at
/// sentence and clause punctuation (fragments under <see cref="MinimumClauseWords"/> words join
/// their neighbour); a clause is a claim of its own account when less than
/// <see cref="ReportedCoverage"/> of its content-word weight is found anywhere in the other account.
/// </summary>
public static class ClaimFinder
{
    public const int MinimumClauseWords = 4;

    /// <summary>Below this share of its weight found elsewhere, a clause is not reported by the other account.</summary>
    public const double ReportedCoverage = 0.25;

    /// <summary>The unreported clauses of <paramref name="text"/>, each as the run from its first to its last unfound content word.</summary>
    /// <param name="inlineMarkup">Whether <paramref name="text"/> is a Markdown paragraph; <paramref name="otherMarkup"/>, the other account's.</param>
    public static IReadOnlyList<WordRange> Unreported(string text, IEnumerable<string> otherAccount, ParagraphSimilarity similarity,
        bool inlineMarkup = false, bool otherMarkup = false)
    {
        var other = otherAccount.SelectMany(paragraph => CompareWords.Of(paragraph, otherMarkup)).ToList();
        var layout = Rendering.ParagraphMarkup.Layout(text, inlineMarkup);
        var claims = new List<WordRange>();
        foreach (var clause in Clauses(text, inlineMarkup, layout))
        {
            var content = clause.Where(word => !FunctionWords.Contains(word.Key)).ToList();
            if (content.Count == 0 || similarity.Coverage(content, other) >= ReportedCoverage)
            {
                continue;
            }
            var abbreviated = Initialisms.Explained(content, other);
            var unfound = content.Where((word, i) => !abbreviated.Contains(i)
                && !other.Any(candidate => ParagraphSimilarity.WordMatch(word.Key, candidate.Key) > 0)).ToList();
            if (unfound.Count > 0)
            {
                claims.Add(ParagraphDiffer.Range(text, layout, WithinWholeBrackets(text, layout, unfound)));
            }
        }
        claims.AddRange(UnmentionedNames(text, inlineMarkup, layout, other, claims));
        return claims.OrderBy(range => range.Start).ToList();
    }

    /// <summary>
    /// The words of a quote that neither opens nor closes inside a pair of brackets. A clause breaks at a bracket,
    /// but a fragment too short to stand alone is carried across it, so a quote can run from the end of a
    /// parenthesis ("UNSC) to put an end") or into the start of one: it then starts after the closing bracket, or
    /// ends before the opening one, as the clause would have broken there. Brackets of any kind count as one
    /// depth; a bracket the paragraph never opens or never closes is a typo and is left alone.
    /// </summary>
    public static IReadOnlyList<CompareWord> WithinWholeBrackets(string text, Rendering.MarkupLayout layout, IReadOnlyList<CompareWord> words)
    {
        // Forwards for the start, then backwards for the end. A move reads on from the new edge, so that a bracket
        // in the gap it leaves behind (a link's "](" as typed) counts as outside the quote, and the one pairing it
        // moves the edge again.
        var first = 0;
        var depth = 0;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            foreach (var c in Gap(i))
            {
                if (OpeningBrackets.Contains(c))
                {
                    depth++;
                }
                else if (ClosingBrackets.Contains(c) && depth-- == 0 && OpensBefore(text, layout, words[first].Start))
                {
                    (first, depth) = (i + 1, 0);
                    break;
                }
                depth = Math.Max(depth, 0);
            }
        }
        var last = words.Count - 1;
        depth = 0;
        for (var i = words.Count - 2; i >= first; i--)
        {
            var gap = Gap(i);
            for (var at = gap.Length - 1; at >= 0; at--)
            {
                if (ClosingBrackets.Contains(gap[at]))
                {
                    depth++;
                }
                else if (OpeningBrackets.Contains(gap[at]) && depth-- == 0 && ClosesAfter(text, layout, words[last].Start + words[last].Length))
                {
                    (last, depth) = (i, 0);
                    break;
                }
                depth = Math.Max(depth, 0);
            }
        }
        return first == 0 && last == words.Count - 1 ? words : words.Skip(first).Take(last - first + 1).ToList();

        string Gap(int i) => layout.Visible(text, words[i].Start + words[i].Length, words[i + 1].Start);
    }

    // Whether a bracket opened before the quote is still open where it starts.
    private static bool OpensBefore(string text, Rendering.MarkupLayout layout, int start)
    {
        var depth = 0;
        foreach (var c in layout.Visible(text, 0, start))
        {
            depth += OpeningBrackets.Contains(c) ? 1 : ClosingBrackets.Contains(c) && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    // Whether a bracket open where the quote ends is closed after it.
    private static bool ClosesAfter(string text, Rendering.MarkupLayout layout, int end)
    {
        var depth = 0;
        foreach (var c in layout.Visible(text, end, text.Length))
        {
            if (ClosingBrackets.Contains(c) && depth-- == 0)
            {
                return true;
            }
            depth += OpeningBrackets.Contains(c) ? 1 : 0;
        }
        return false;
    }

    // Round, square, curly and the brackets of Chinese and Japanese, full-width and corner ones.
    private static readonly System.Buffers.SearchValues<char> OpeningBrackets = System.Buffers.SearchValues.Create("([{（［｛「『【〔〈《〖〘〚｟");
    private static readonly System.Buffers.SearchValues<char> ClosingBrackets = System.Buffers.SearchValues.Create(")]}）］｝」』】〕〉》〗〙〛｠");

    /// <summary>
    /// Names (capitalised words inside a sentence, with the capitalised words next to them) that the
    /// other account never mentions, not even spelled another way: "China" as the Council's president.
    /// </summary>
    private static IEnumerable<WordRange> UnmentionedNames(string text, bool inlineMarkup, Rendering.MarkupLayout layout, List<CompareWord> other, List<WordRange> claimed)
    {
        var words = CompareWords.Of(text, inlineMarkup);
        var abbreviated = Initialisms.Explained(words, other).Select(i => words[i].Start).ToHashSet();
        var run = new List<CompareWord>();
        for (var i = 0; i <= words.Count; i++)
        {
            var isName = i < words.Count && ParagraphDiffer.IsNameLike(words[i]) && !OpensSentence(text, layout, words[i]) && !FunctionWords.Contains(words[i].Key);
            var joinsRun = run.Count == 0 || (i < words.Count && IsSpaceOnly(text, layout, run[^1], words[i]));
            if (isName && joinsRun)
            {
                run.Add(words[i]);
                continue;
            }
            var unmentioned = run.Where(word => !abbreviated.Contains(word.Start) && !other.Any(o => ParagraphSimilarity.WordMatch(word.Key, o.Key) > 0 || (o.IsCapitalized && ParagraphDiffer.SpelledAlike(word, o)))).ToList();
            if (unmentioned.Count > 0 && !claimed.Any(range => range.Start <= run[0].Start && run[^1].Start < range.Start + range.Length))
            {
                yield return ParagraphDiffer.Range(text, layout, run);
            }
            run = isName ? [words[i]] : [];
        }
    }

    // Between words, only what a reader sees counts: "**Marta** Kowalczyk" is one name, and a link's
    // hidden address holds no punctuation of the sentence.
    private static bool IsSpaceOnly(string text, Rendering.MarkupLayout layout, CompareWord before, CompareWord after) =>
        string.IsNullOrWhiteSpace(layout.Visible(text, before.Start + before.Length, after.Start));

    private static bool OpensSentence(string text, Rendering.MarkupLayout layout, CompareWord word)
    {
        var before = layout.Visible(text, 0, word.Start).AsSpan().TrimEnd(" \"“‘«(");
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':';
    }

    /// <summary>The words of each clause, in order.</summary>
    public static List<List<CompareWord>> Clauses(string text, bool inlineMarkup = false) =>
        Clauses(text, inlineMarkup, Rendering.ParagraphMarkup.Layout(text, inlineMarkup));

    private static List<List<CompareWord>> Clauses(string text, bool inlineMarkup, Rendering.MarkupLayout layout)
    {
        var clauses = new List<List<CompareWord>>();
        var current = new List<CompareWord>();
        var words = CompareWords.Of(text, inlineMarkup);
        for (var i = 0; i < words.Count; i++)
        {
            current.Add(words[i]);
            var gapEnd = i + 1 < words.Count ? words[i + 1].Start : text.Length;
            // Punctuation a reader sees breaks a clause; a link's hidden address ("(https://…)") does not.
            var gap = layout.Visible(text, words[i].Start + words[i].Length, gapEnd).AsSpan();
            // A short fragment ("Specifically,") is carried into the next clause rather than judged alone.
            if (gap.IndexOfAny(ClauseBreaks) >= 0 && current.Count >= MinimumClauseWords)
            {
                clauses.Add(current);
                current = [];
            }
        }
        if (current.Count > 0)
        {
            clauses.Add(current);
        }
        // A trailing fragment too short to stand alone belongs to the clause before it.
        if (clauses.Count > 1 && clauses[^1].Count < MinimumClauseWords)
        {
            clauses[^2].AddRange(clauses[^1]);
            clauses.RemoveAt(clauses.Count - 1);
        }
        return clauses;
    }

    // With the full-width marks of Chinese and Japanese (。、，；：！？（）), so a clause of theirs is judged alone too.
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks =
        System.Buffers.SearchValues.Create(".;:!?,–—()。、，；：！？（）");
}
