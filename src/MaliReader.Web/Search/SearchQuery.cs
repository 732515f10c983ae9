using System.Collections.Frozen;
using MaliReader.Web.Articles;

namespace MaliReader.Web.Search;

/// <summary>
/// A reader's search turned into a safe FTS5 query. The raw text never reaches FTS5 as syntax: it is
/// cut into words, phrases ("…"), exclusions (-word) and prefixes (word*), each term keeps only its
/// letters and digits and is quoted, and the MATCH expression is assembled from those quoted terms.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Phrases, ranked words and exclusions beyond this many each are ignored: every ranked word costs one index lookup.</summary>
    public const int MaxTerms = 16;

    /// <summary>A short English list of words that carry no meaning for ranking.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but",
        "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "s", "she",
        "so", "t", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
        "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would",
        "you", "your");

    private SearchQuery(string text, IReadOnlyList<QueryTerm> terms)
    {
        Text = text;
        var phrases = terms.Where(term => term.Kind == TermKind.Phrase).ToList();
        var exclusions = terms.Where(term => term.Kind == TermKind.Excluded).ToList();
        var words = terms.Where(term => term.Kind == TermKind.Word).ToList();
        var meaningful = words.Where(word => !word.IsStopWord).ToList();
        // A query of stop words only is searched as typed; beside a phrase they add nothing.
        var ranked = meaningful.Count > 0 || phrases.Count > 0 ? meaningful : words;

        Phrases = [.. phrases.Take(MaxTerms)];
        RankedWords = [.. ranked.Take(MaxTerms)];
        Exclusions = [.. exclusions.Take(MaxTerms)];
        Truncated = phrases.Count > MaxTerms || ranked.Count > MaxTerms || exclusions.Count > MaxTerms;
        Match = BuildMatch();
    }

    /// <summary>The query as searched: invisible and control characters removed, trimmed.</summary>
    public string Text { get; }

    /// <summary>Quoted phrases: every hit holds them all.</summary>
    public IReadOnlyList<QueryTerm> Phrases { get; }

    /// <summary>Plain words and prefixes that carry meaning: wanted, not required; hits holding more of them rank higher.</summary>
    public IReadOnlyList<QueryTerm> RankedWords { get; }

    /// <summary>-word and -"phrase": no hit holds any of them.</summary>
    public IReadOnlyList<QueryTerm> Exclusions { get; }

    /// <summary>True when phrases, ranked words or exclusions beyond <see cref="MaxTerms"/> were left out.</summary>
    public bool Truncated { get; }

    /// <summary>The FTS5 MATCH expression, or null when nothing is left to look for.</summary>
    public string? Match { get; }

    /// <summary>Why there is nothing to search for, when <see cref="Match"/> is null and the reader typed something.</summary>
    public string? Message => Match is not null || Text.Length == 0 ? null
        : Exclusions.Count > 0 ? "Add a word to look for: -word only leaves out the paragraphs that hold it."
        : "There is nothing to search for: type a word of letters or digits.";

    public static SearchQuery Parse(string raw)
    {
        var text = Words.Sanitize(raw).Trim();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        return new SearchQuery(text, [.. Scan(text).Where(term => keys.Add(term.Key))]);
    }

    private static IEnumerable<QueryTerm> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = false;
            if (text[i] == '-')
            {
                i++;
                if (i == text.Length || char.IsWhiteSpace(text[i]))
                {
                    continue;
                }
                excluded = true;
            }

            int start, end;
            bool prefix;
            var quoted = text[i] == '"';
            if (quoted)
            {
                start = i + 1;
                var closing = text.IndexOf('"', start);
                end = closing < 0 ? text.Length : closing;
                i = Math.Min(end + 1, text.Length);
                prefix = i < text.Length && text[i] == '*';
                if (prefix)
                {
                    i++;
                }
            }
            else
            {
                start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }
                end = i;
                prefix = text[end - 1] == '*';
            }

            var tokens = Words.Spans(text[start..end])
                .Select(span => new QueryToken(text.Substring(start + span.Start, span.Length), start + span.Start))
                .ToList();
            if (!quoted && IsPossessive(text, tokens))
            {
                // "Feisal's" means Feisal: kept whole it would ask for the phrase "feisal s".
                tokens.RemoveAt(tokens.Count - 1);
            }
            if (tokens.Count == 0)
            {
                continue;
            }
            var kind = excluded ? TermKind.Excluded : quoted ? TermKind.Phrase : TermKind.Word;
            yield return new QueryTerm(kind, tokens, prefix);
        }
    }

    private static bool IsPossessive(string text, List<QueryToken> tokens) =>
        tokens.Count > 1
        && tokens[^1].Text is "s" or "S"
        && tokens[^1].Start == tokens[^2].Start + tokens[^2].Text.Length + 1
        && text[tokens[^1].Start - 1] is '\'' or '’';

    private string? BuildMatch()
    {
        string? positive = null;
        if (Phrases.Count > 0)
        {
            positive = string.Join(" AND ", Phrases.Select(phrase => phrase.Fts));
            if (RankedWords.Count > 0)
            {
                // The words join only so that bm25 weighs them: OR-ed with a required phrase, none of them is required.
                positive = $"({positive}) AND ({string.Join(" OR ", RankedWords.Prepend(Phrases[0]).Select(term => term.Fts))})";
            }
        }
        else if (RankedWords.Count > 0)
        {
            positive = string.Join(" OR ", RankedWords.Select(word => word.Fts));
        }

        if (positive is null || Exclusions.Count == 0)
        {
            return positive;
        }
        return $"({positive}) NOT ({string.Join(" OR ", Exclusions.Select(exclusion => exclusion.Fts))})";
    }
}

public enum TermKind
{
    Word,
    Phrase,
    Excluded,
}

/// <summary>One word, phrase or exclusion; a word with punctuation inside ("self-defense") is searched as a phrase of its parts.</summary>
public sealed record QueryTerm(TermKind Kind, IReadOnlyList<QueryToken> Tokens, bool Prefix)
{
    /// <summary>The term as FTS5 syntax: only letters, digits and spaces inside the quotes, so never an operator.</summary>
    public string Fts => $"\"{string.Join(' ', Tokens.Select(token => token.Text))}\"{(Prefix ? " *" : "")}";

    public bool IsStopWord => Kind == TermKind.Word && !Prefix
        && Tokens.All(token => SearchQuery.StopWords.Contains(Words.Fold(token.Text)));

    internal string Key => $"{Kind}:{Words.Fold(Fts)}";
}

/// <summary>A word of the query and where it starts in <see cref="SearchQuery.Text"/>.</summary>
public sealed record QueryToken(string Text, int Start);
