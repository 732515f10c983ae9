using System.Collections.Frozen;

namespace MaliReader.Web.Search;

/// <summary>
/// A query made ready to run against the articles' vocabulary: each term becomes the spellings that
/// count as it (the forms sharing its English stem, hyphenated and closed spellings), written as one
/// FTS5 expression over the unstemmed index, and matched the very same way in a paragraph's tokens,
/// so that what is found, what counts as held and what is marked always agree.
/// </summary>
public sealed class SearchPlan
{
    // A phrase whose words each have several forms is searched as every combination of them, up to
    // this many; beyond it only as typed.
    private const int MaxPhraseSpellings = 16;

    private readonly FrozenDictionary<string, (TermPattern Pattern, int Spelling)[]> _byFirstForm;
    private readonly (TermPattern Pattern, int Spelling)[] _byFirstPrefix;

    public SearchPlan(SearchQuery query, Vocabulary vocabulary)
    {
        Query = query;
        Phrases = [.. query.Phrases.Select(term => new TermPattern(term, vocabulary))];
        RankedWords = [.. query.RankedWords.Select(term => new TermPattern(term, vocabulary))];
        Exclusions = [.. query.Exclusions.Select(term => new TermPattern(term, vocabulary))];
        Match = BuildMatch();

        var positive = Phrases.Concat(RankedWords).ToList();
        _byFirstForm = positive
            .SelectMany(pattern => pattern.Spellings.Select((spelling, index) => (pattern, index, spelling)))
            .Where(item => item.spelling[0].Prefix is null)
            .SelectMany(item => item.spelling[0].Forms.Select(form => (form, item.pattern, item.index)))
            .GroupBy(item => item.form, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(item => (item.pattern, item.index)).ToArray(), StringComparer.Ordinal);
        _byFirstPrefix = [.. positive
            .SelectMany(pattern => pattern.Spellings.Select((spelling, index) => (pattern, index, spelling)))
            .Where(item => item.spelling[0].Prefix is not null)
            .Select(item => (item.pattern, item.index))];
    }

    public SearchQuery Query { get; }

    public IReadOnlyList<TermPattern> Phrases { get; }

    public IReadOnlyList<TermPattern> RankedWords { get; }

    public IReadOnlyList<TermPattern> Exclusions { get; }

    /// <summary>
    /// The FTS5 MATCH expression over the unstemmed index, or null when nothing is left to look for.
    /// Search itself reads the in-memory index (<see cref="TermHolders"/>); this is the same query for
    /// SQLite's own index, which tools and baselines can run.
    /// </summary>
    public string? Match { get; }

    /// <summary>Where the query's phrases and ranked words occur in a paragraph's tokens.</summary>
    public ParagraphMatch MatchIn(IReadOnlyList<SearchToken> tokens)
    {
        var occurrences = new List<Occurrence>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_byFirstForm.TryGetValue(tokens[i].Form, out var starting))
            {
                foreach (var (pattern, spelling) in starting)
                {
                    AddIfFound(pattern, spelling, i);
                }
            }
            foreach (var (pattern, spelling) in _byFirstPrefix)
            {
                AddIfFound(pattern, spelling, i);
            }
        }
        return new ParagraphMatch(this, occurrences);

        void AddIfFound(TermPattern pattern, int spelling, int at)
        {
            if (pattern.Matches(spelling, tokens, at) is { } exact)
            {
                occurrences.Add(new Occurrence(pattern, at, pattern.Spellings[spelling].Count, exact));
            }
        }
    }

    /// <summary>True when the tokens hold any of the query's exclusions.</summary>
    public bool Excludes(IReadOnlyList<SearchToken> tokens) =>
        Exclusions.Any(pattern => Enumerable.Range(0, tokens.Count)
            .Any(at => Enumerable.Range(0, pattern.Spellings.Count).Any(spelling => pattern.Matches(spelling, tokens, at) is not null)));

    private string? BuildMatch()
    {
        string? positive = null;
        if (Phrases.Count > 0)
        {
            positive = string.Join(" AND ", Phrases.Select(pattern => pattern.Fts));
            if (RankedWords.Count > 0)
            {
                // The words join only so that bm25 weighs them: OR-ed with a required phrase, none of them is required.
                positive = $"({positive}) AND ({string.Join(" OR ", RankedWords.Prepend(Phrases[0]).Select(pattern => pattern.Fts))})";
            }
        }
        else if (RankedWords.Count > 0)
        {
            positive = string.Join(" OR ", RankedWords.Select(pattern => pattern.Fts));
        }

        return positive is null ? null : WithExclusions(positive);
    }

    private string WithExclusions(string positive) =>
        Exclusions.Count == 0 ? positive : $"({positive}) NOT ({string.Join(" OR ", Exclusions.Select(pattern => pattern.Fts))})";

    /// <summary>The spellings that count as one query term: each a sequence of slots, one per word.</summary>
    public sealed class TermPattern
    {
        public TermPattern(QueryTerm term, Vocabulary vocabulary)
        {
            Term = term;
            var tokens = term.Tokens;
            LoneCharacter = tokens.Count == 1 && !term.Prefix && IsLoneUnspacedCharacter(tokens[0].Form) ? tokens[0].Form : null;
            var slots = tokens.Select((token, index) => term.Prefix && index == tokens.Count - 1
                ? new Slot(token.Form, FrozenSet<string>.Empty, token.Form)
                : new Slot(token.Form, tokens.Count == 1 && IsLoneUnspacedCharacter(token.Form)
                    ? LoneCharacterForms(token.Form, vocabulary)
                    : VariantsOf(token.Form, vocabulary), null)).ToList();
            var spellings = new List<IReadOnlyList<Slot>> { slots };
            if (tokens.Count == 1 && !term.Prefix)
            {
                // "email" is also "e-mail" where the articles write it so.
                spellings.AddRange(vocabulary.HyphenatedSpellings(tokens[0].Form)
                    .Select(parts => parts.Select(part => new Slot(part, FrozenSet.Create(StringComparer.Ordinal, part), null)).ToList()));
            }
            if (term.IsHyphenated && !term.Prefix)
            {
                // "e-mail" is also "email".
                var joined = string.Concat(tokens.Select(token => token.Form));
                spellings.Add([new Slot(joined, VariantsOf(joined, vocabulary), null)]);
            }
            Spellings = spellings;
            Fts = spellings.Count == 1 ? FtsOf(spellings[0]) : $"({string.Join(" OR ", spellings.Select(FtsOf))})";
        }

        public QueryTerm Term { get; }

        /// <summary>
        /// A Chinese or Japanese character searched alone: it is found inside the pairs of characters its
        /// script is indexed as, and only it, not the pair, is the match a reader is shown.
        /// </summary>
        /// <remarks>One character, of one or two UTF-16 units (a surrogate pair).</remarks>
        public string? LoneCharacter { get; }

        public IReadOnlyList<IReadOnlyList<Slot>> Spellings { get; }

        /// <summary>
        /// The term as FTS5 syntax: forms of letters and digits only, each in double quotes, so never an
        /// operator. Forms never hold a double quote: a form is letters and digits.
        /// </summary>
        public string Fts { get; }

        /// <summary>Null when spelling <paramref name="spelling"/> does not start at token <paramref name="at"/>; else whether it is the exact form typed.</summary>
        public bool? Matches(int spelling, IReadOnlyList<SearchToken> tokens, int at)
        {
            var slots = Spellings[spelling];
            if (at + slots.Count > tokens.Count)
            {
                return null;
            }
            var exact = spelling == 0;
            for (var k = 0; k < slots.Count; k++)
            {
                var form = tokens[at + k].Form;
                var slot = slots[k];
                if (slot.Prefix is { } prefix ? !form.StartsWith(prefix, StringComparison.Ordinal) : !slot.Forms.Contains(form))
                {
                    return null;
                }
                exact &= slot.Prefix is not null || form == slot.Typed;
            }
            return exact;
        }

        private static FrozenSet<string> VariantsOf(string form, Vocabulary vocabulary) =>
            vocabulary.Variants(form).Append(form).ToFrozenSet(StringComparer.Ordinal);

        private static bool IsLoneUnspacedCharacter(string form) => form.Length > 0 && Articles.Words.UnspacedLength(form) == form.Length;

        /// <summary>
        /// Runs of Chinese, Japanese, Thai… are indexed as overlapping pairs of characters, so a character
        /// typed alone is looked for as every pair that begins or ends with it, as Lucene's CJK search does
        /// for single characters, and as itself where it stands alone in the text.
        /// </summary>
        private static FrozenSet<string> LoneCharacterForms(string form, Vocabulary vocabulary) =>
            vocabulary.UnspacedPairsWith(form).Append(form).ToFrozenSet(StringComparer.Ordinal);

        private static string FtsOf(IReadOnlyList<Slot> slots)
        {
            if (slots.Count == 1)
            {
                return slots[0].Prefix is { } prefix ? $"\"{prefix}\" *"
                    : slots[0].Forms.Count == 1 ? Quote(slots[0].Typed)
                    : $"({string.Join(" OR ", slots[0].Forms.Order(StringComparer.Ordinal).Select(Quote))})";
            }
            IEnumerable<string> combinations = [""];
            long count = 1;
            foreach (var slot in slots.Where(slot => slot.Prefix is null))
            {
                count *= slot.Forms.Count;
            }
            foreach (var slot in slots)
            {
                var forms = slot.Prefix is not null || count > MaxPhraseSpellings ? [slot.Typed] : slot.Forms.Order(StringComparer.Ordinal).ToArray();
                combinations = combinations.SelectMany(start => forms.Select(form => start.Length == 0 ? form : $"{start} {form}")).ToList();
            }
            var prefixed = slots[^1].Prefix is not null ? " *" : "";
            var phrases = combinations.Select(combination => $"\"{combination}\"{prefixed}").ToList();
            return phrases.Count == 1 ? phrases[0] : $"({string.Join(" OR ", phrases)})";
        }

        private static string Quote(string form) => $"\"{form}\"";
    }

    /// <summary>One word of a spelling: the forms that count as it, or a prefix that starts it.</summary>
    public sealed record Slot(string Typed, FrozenSet<string> Forms, string? Prefix);
}

/// <summary>A term found at token <paramref name="Start"/>, <paramref name="Length"/> tokens long; exact when written as typed.</summary>
public sealed record Occurrence(SearchPlan.TermPattern Pattern, int Start, int Length, bool Exact);

/// <summary>What a paragraph holds of a query.</summary>
public sealed class ParagraphMatch(SearchPlan plan, IReadOnlyList<Occurrence> occurrences)
{
    public IReadOnlyList<Occurrence> Occurrences => occurrences;

    /// <summary>How many ranked words the paragraph holds in any form that counts as them.</summary>
    public int WordsHeld { get; } = plan.RankedWords.Count(pattern => occurrences.Any(occurrence => occurrence.Pattern == pattern));

    /// <summary>How many ranked words and phrases it holds exactly as typed.</summary>
    public int ExactHeld { get; } = plan.RankedWords.Concat(plan.Phrases)
        .Count(pattern => occurrences.Any(occurrence => occurrence.Pattern == pattern && occurrence.Exact));

    public bool HoldsEveryPhrase { get; } = plan.Phrases.All(pattern => occurrences.Any(occurrence => occurrence.Pattern == pattern));
}
