namespace MaliReader.Web.Compare;

/// <summary>
/// The comparison of one story's accounts. <c>Accounts</c> are article slugs; <c>Pairs</c> hold
/// paragraph ids (left from the account listed first); <c>Unmatched</c> lists the paragraphs that
/// have no counterpart in any other account: each is a claim of its account alone.
/// </summary>
public sealed record StoryComparison(
    string Story,
    IReadOnlyList<string> Accounts,
    IReadOnlyList<ParagraphPair> Pairs,
    IReadOnlyList<string> Unmatched)
{
    private Dictionary<string, List<ParagraphPair>>? _pairsOf;

    /// <summary>The paragraphs paired with <paramref name="paragraphId"/>, best first.</summary>
    public IEnumerable<(string Counterpart, ParagraphPair Pair)> CounterpartsOf(string paragraphId)
    {
        // Built on first use, so that a page asking for every paragraph's counterparts does not scan
        // every pair each time; a race builds the same index twice, harmlessly.
        _pairsOf ??= Pairs
            .SelectMany(pair => new[] { (Id: pair.Left, Pair: pair), (Id: pair.Right, Pair: pair) })
            .GroupBy(entry => entry.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(entry => entry.Pair).ToList(), StringComparer.Ordinal);
        return _pairsOf.TryGetValue(paragraphId, out var pairs)
            ? pairs.OrderByDescending(pair => pair.Score).Select(pair => (pair.Left == paragraphId ? pair.Right : pair.Left, pair))
            : [];
    }
}

/// <summary>Two paragraphs that report the same thing; <c>Score</c> is their <see cref="ParagraphSimilarity"/>, 0 to 1.</summary>
public sealed record ParagraphPair(string Left, string Right, double Score, IReadOnlyList<Difference> Differences);

public enum DifferenceKind
{
    /// <summary>A name spelled two ways: "Abdoulaye Diop" / "Abdallah Diop".</summary>
    Name,

    /// <summary>A number or date that differs.</summary>
    Number,

    /// <summary>A named thing put in other words: "Sahel" / "the coast".</summary>
    Term,

    /// <summary>Words of one side with no counterpart on the other: that side's range is null.</summary>
    Claim,
}

public static class DifferenceKinds
{
    /// <summary>The kind as the API and pages name it: "name", "number", "term", "claim".</summary>
    public static string Name(this DifferenceKind kind) => kind switch
    {
        DifferenceKind.Name => "name",
        DifferenceKind.Number => "number",
        DifferenceKind.Term => "term",
        DifferenceKind.Claim => "claim",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>One difference within a pair: the differing words of each side, or null where a side has none.</summary>
public sealed record Difference(DifferenceKind Kind, WordRange? Left, WordRange? Right);

/// <summary>A run of words of a paragraph: <c>Start</c>/<c>Length</c> are UTF-16 offsets into its text.</summary>
public sealed record WordRange(int Start, int Length, string Text);
