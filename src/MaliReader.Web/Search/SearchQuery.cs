using System.Collections.Frozen;
using MaliReader.Web.Articles;

namespace MaliReader.Web.Search;

/// <summary>
/// A reader's search cut into words, phrases (in any common quotation marks), exclusions (-word) and
/// prefixes (word*), each word in its search form (<see cref="SearchTokens"/>). The raw text never
/// reaches FTS5 as syntax: <see cref="SearchPlan"/> builds the MATCH expression from the forms alone.
/// Every word is used, however many: the query's length limit bounds their number.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>A short English list of words that carry no meaning for ranking.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but",
        "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "s", "she",
        "so", "t", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
        "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would",
        "you", "your");

    // Double quotation marks of every common style, straight, curly, low, guillemets, CJK and full-width:
    // any of them opens a phrase and any closes it, as keyboards and autocorrection mix them.
    private const string DoubleQuotes = "\"“”„‟«»‹›「」『』〝〞〟＂";
    private const string SingleQuotes = "'‘’‚‛";
    // ’ opens no phrase: before a word it is an elision ("’90s"), not a quotation mark.
    private const string SingleOpeningQuotes = "'‘‚‛";
    private static readonly System.Buffers.SearchValues<char> DoubleQuoteValues = System.Buffers.SearchValues.Create(DoubleQuotes);

    private readonly bool _blank;

    private SearchQuery(string text, IReadOnlyList<QueryTerm> terms, bool blank)
    {
        Text = text;
        _blank = blank;
        var phrases = terms.Where(term => term.Kind == TermKind.Phrase).ToList();
        var words = terms.Where(term => term.Kind == TermKind.Word).ToList();
        var meaningful = words.Where(word => !word.IsStopWord).ToList();
        // A query of stop words only is searched as typed; beside a phrase they add nothing.
        Phrases = phrases;
        RankedWords = meaningful.Count > 0 || phrases.Count > 0 ? meaningful : words;
        Exclusions = [.. terms.Where(term => term.Kind == TermKind.Excluded)];
    }

    /// <summary>The query as searched: invisible and control characters removed, trimmed.</summary>
    public string Text { get; }

    /// <summary>Quoted phrases: every hit holds them all.</summary>
    public IReadOnlyList<QueryTerm> Phrases { get; }

    /// <summary>Plain words and prefixes that carry meaning: wanted, not required; hits holding more of them rank higher.</summary>
    public IReadOnlyList<QueryTerm> RankedWords { get; }

    /// <summary>-word and -"phrase": no hit holds any of them.</summary>
    public IReadOnlyList<QueryTerm> Exclusions { get; }

    public bool HasSomethingToFind => Phrases.Count > 0 || RankedWords.Count > 0;

    /// <summary>
    /// Why there is nothing to search for, when the reader typed something that holds no word to look for (punctuation,
    /// marks, control or invisible characters alone, or only exclusions); null for a blank query (<see cref="IsBlank"/>).
    /// Judged on what was typed, not on <see cref="Text"/>: a zero-width space, which Text drops, is no more a word than "!" is.
    /// </summary>
    public string? Message => HasSomethingToFind || _blank ? null
        : Exclusions.Count > 0 ? "Add a word to look for: -word only leaves out the paragraphs that hold it."
        : "There is nothing to search for: type a word of letters or digits.";

    /// <summary>No query, or nothing but white space: the reader has not asked for anything yet.</summary>
    public static bool IsBlank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? raw) => string.IsNullOrWhiteSpace(raw);

    public static SearchQuery Parse(string raw)
    {
        var text = Words.Sanitize(raw).Trim();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        return new SearchQuery(text, [.. Scan(text).Where(term => keys.Add(term.Key))], IsBlank(raw));
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
            if (text[i] is '-' or '−')
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
            var closing = ClosingQuote(text, i);
            var quoted = closing >= 0;
            if (quoted)
            {
                start = i + 1;
                end = closing;
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
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && (i == start || !DoubleQuotes.Contains(text[i], StringComparison.Ordinal)))
                {
                    i++;
                }
                end = i;
                prefix = text[end - 1] == '*';
            }

            var tokens = SearchTokens.Of(text[start..end])
                .Select(token => new QueryToken(text.Substring(start + token.Start, token.Length), start + token.Start, token.Form, token.JoinedToNext))
                .ToList();
            if (tokens.Count == 0)
            {
                continue;
            }
            if (!quoted)
            {
                // A star makes a prefix only right after the last word: "terror*", not "U.N.*" or "word-*".
                prefix &= tokens[^1].Start + tokens[^1].Text.Length == end - 1;
            }
            var kind = excluded ? TermKind.Excluded : quoted ? TermKind.Phrase : TermKind.Word;
            yield return new QueryTerm(kind, tokens, prefix);
        }
    }

    /// <summary>
    /// Where the phrase opened at <paramref name="open"/> closes (the end of the text when it never
    /// does), or -1 when no phrase opens there. A single quotation mark opens a phrase only when a
    /// matching one closes it before a space or the end, so apostrophes ("Mali’s", "’90s") stay apostrophes.
    /// </summary>
    private static int ClosingQuote(string text, int open)
    {
        if (DoubleQuotes.Contains(text[open], StringComparison.Ordinal))
        {
            var close = text.AsSpan(open + 1).IndexOfAny(DoubleQuoteValues);
            return close < 0 ? text.Length : open + 1 + close;
        }
        if (!SingleOpeningQuotes.Contains(text[open], StringComparison.Ordinal))
        {
            return -1;
        }
        for (var i = open + 2; i < text.Length; i++)
        {
            if (SingleQuotes.Contains(text[i], StringComparison.Ordinal) && !char.IsWhiteSpace(text[i - 1])
                && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i;
            }
        }
        return -1;
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
    public bool IsStopWord => Kind == TermKind.Word && !Prefix && Tokens.All(token => SearchQuery.StopWords.Contains(token.Form));

    /// <summary>Every part but the last is joined to the next by a hyphen only: "e-mail", "well-being".</summary>
    public bool IsHyphenated => Tokens.Count > 1 && Tokens.SkipLast(1).All(token => token.JoinedToNext);

    internal string Key => $"{Kind}:{string.Join(' ', Tokens.Select(token => token.Form))}{(Prefix ? "*" : "")}";
}

/// <summary>A word of the query, where it starts in <see cref="SearchQuery.Text"/>, and its search form.</summary>
public sealed record QueryToken(string Text, int Start, string Form, bool JoinedToNext = false);
