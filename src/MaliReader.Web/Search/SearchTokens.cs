using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;
using MaliReader.Web.Articles;

namespace MaliReader.Web.Search;

/// <summary>
/// A word as search compares it: where it stands in the original text (so that a highlight covers the
/// word with all its marks) and its form. <paramref name="JoinedToNext"/>: only a hyphen separates it
/// from the next word ("e-mail"), so the two may also be written as one.
/// </summary>
public readonly record struct SearchToken(int Start, int Length, string Form, bool JoinedToNext = false)
{
    public int End => Start + Length;
}

/// <summary>
/// Cuts text into the words that search indexes and compares, the same way for paragraphs and for
/// queries. A form is the word case-folded (lower case, "ΥΠΟΥΡΓΟΣ" and "υπουργός" → "υπουργοσ"), in Unicode compatibility form (but for a power: <see cref="Words.CompatibilityForm"/>), without combining marks
/// in any script ("Malí" → "mali", "كَتَبَ" → "كتب", "ﬁve" → "five") and without the invisible characters that
/// neither split a word nor change it (a soft hyphen, a zero-width space: "inter&#173;national" → "international",
/// its token still covering the word as written); full stops between single
/// letters are dropped ("U.N." → "un"), digit groups are joined ("1,200" → "1200") and an English
/// possessive "’s" is no word of its own.
/// </summary>
public static class SearchTokens
{
    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    /// <summary>
    /// The words a reader sees: in a Markdown paragraph, those of a link's address or title, hidden behind the
    /// link's words (<see cref="Rendering.ParagraphMarkup.Layout"/>), are left out, so that nothing is found
    /// that the reader cannot see marked.
    /// </summary>
    public static List<SearchToken> Visible(string text, bool inlineMarkup)
    {
        var tokens = Of(text);
        // Only a link written as [words](address) hides anything: the rest need not be parsed.
        if (inlineMarkup && text.Contains("](", StringComparison.Ordinal))
        {
            var layout = Rendering.ParagraphMarkup.Layout(text, inlineMarkup);
            tokens.RemoveAll(token => layout.Hides(token.Start, token.End));
        }
        return tokens;
    }

    public static List<SearchToken> Of(string text)
    {
        var spans = Words.Spans(text);
        var tokens = new List<SearchToken>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            var end = start + length;
            if (HasUnspacedScript(text, spans[i]))
            {
                AddUnspaced(text, start, end, tokens);
                continue;
            }
            if (IsSingleLetter(text, spans[i]) && i + 1 < spans.Count && Between(text, spans[i], spans[i + 1]) is "."
                && IsSingleLetter(text, spans[i + 1]))
            {
                // An abbreviation with full stops: U.N., U.S.A., e.g.
                var joined = new StringBuilder(Form(text.Substring(start, length)));
                while (i + 1 < spans.Count && Between(text, spans[i], spans[i + 1]) is "." && IsSingleLetter(text, spans[i + 1]))
                {
                    i++;
                    joined.Append(Form(text.Substring(spans[i].Start, spans[i].Length)));
                }
                end = spans[i].Start + spans[i].Length;
                // Its last full stop belongs to it too, so that a mark covers "U.N." whole.
                if (end < text.Length && text[end] == '.')
                {
                    end++;
                }
                tokens.Add(new SearchToken(start, end - start, joined.ToString()));
                continue;
            }
            if (IsDigits(text, spans[i], 1, 3) && i + 1 < spans.Count && IsDigitGroupSeparator(Between(text, spans[i], spans[i + 1]))
                && IsDigits(text, spans[i + 1], 3, 3))
            {
                // 1,200 and 1 200 are one number; a decimal point is not a group separator and stays a break.
                var joined = new StringBuilder(text, start, length, 16);
                while (i + 1 < spans.Count && IsDigitGroupSeparator(Between(text, spans[i], spans[i + 1])) && IsDigits(text, spans[i + 1], 3, 3))
                {
                    i++;
                    joined.Append(text, spans[i].Start, 3);
                }
                end = spans[i].Start + spans[i].Length;
                tokens.Add(new SearchToken(start, end - start, Form(joined.ToString())));
                continue;
            }
            if (tokens.Count > 0 && IsPossessiveS(text, spans[i], tokens[^1]))
            {
                continue;
            }
            var joinedToNext = i + 1 < spans.Count && IsHyphen(Between(text, spans[i], spans[i + 1]));
            tokens.Add(new SearchToken(start, length, Form(text.Substring(start, length)), joinedToNext));
        }
        // A word of folded marks alone (an accent after a space or a digit) has an empty form, and is no word to find: an
        // empty form would match every word as a prefix.
        tokens.RemoveAll(token => token.Form.Length == 0);
        return tokens;
    }

    /// <summary>
    /// The word as compared: compatibility-decomposed (raised and lowered digits by <see cref="Words.CompatibilityForm"/>'s
    /// rule: CO₂ is co2, 10⁶ stays 10⁶), its folded marks (<see cref="Words.IsFoldedMark"/>: accents, Hebrew
    /// and Arabic pointing, variation selectors; not the marks that are part of their letters, as in Hindi, Thai or kana), its
    /// invisible characters (<see cref="Words.IsInvisible"/>: a soft hyphen, a zero-width space or joiner) and the Arabic
    /// elongation stroke dropped, case-folded (<see cref="Words.AppendCaseFolded"/>: lower case, with Greek final sigma as σ,
    /// ß as ss, æ as ae), recomposed. Empty for a word of diacritics alone.
    /// </summary>
    public static string Form(string word)
    {
        var decomposed = Words.CompatibilityForm(word, NormalizationForm.FormKD);
        var form = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Words.IsFoldedMark(rune) || Words.IsInvisible(rune) || rune.Value == 0x0640)
            {
                continue;
            }
            Words.AppendCaseFolded(form, rune);
        }
        return form.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The English (Porter2) stem of a form: the words that count as the same word ("weapons" and
    /// "weapon"; not "news" and "new"). Forms that are not plain Latin letters are their own stem.
    /// </summary>
    public static string Stem(string form)
    {
        if (form.Length < 3 || !form.All(c => c is >= 'a' and <= 'z'))
        {
            return form;
        }
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(form);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static bool HasUnspacedScript(string text, (int Start, int Length) span)
    {
        var word = text.AsSpan(span.Start, span.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (Words.UnspacedLength(word[i..]) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A run of a script written without spaces (Chinese, Japanese, Thai…) is cut into overlapping pairs of
    /// characters, as Lucene's CJK bigram filter does: with no dictionary of words, a word of two characters
    /// or more typed in a query is then found wherever it stands, as the pairs it is made of. A lone character
    /// is its own word; letters of other scripts in the run (a Latin name) stay whole words.
    /// </summary>
    private static void AddUnspaced(string text, int start, int end, List<SearchToken> tokens)
    {
        // A character is one or two UTF-16 units (a surrogate pair, as 𠮷 is) and the marks on it (a variation selector
        // choosing a name's glyph, 葛󠄀), with any invisible character after it (a zero-width space, which some Thai and
        // Khmer text puts between words to show where a line may break): pairs are cut between characters only, so the
        // pair across an invisible character is indexed as if it were not there, and a mark never ends a run.
        int CharacterAt(int at)
        {
            var length = Words.UnspacedLength(text.AsSpan(at, end - at));
            return length == 0 ? 0 : length + Words.InvisibleAndMarksLength(text.AsSpan(at + length, end - at - length));
        }

        // A token of text[from..to]; an invisible character that ends it (before the next character of the run) is no
        // part of its span, as none is after a word (Words.Spans).
        SearchToken Token(int from, int to)
        {
            while (to > from + 1 && Rune.DecodeLastFromUtf16(text.AsSpan(from, to - from), out var last, out var lastLength)
                == System.Buffers.OperationStatus.Done && Words.IsInvisible(last) && !Words.IsMark(last))
            {
                to -= lastLength;
            }
            return new SearchToken(from, to - from, Form(text[from..to]));
        }

        var at = start;
        while (at < end)
        {
            var first = CharacterAt(at);
            if (first == 0)
            {
                var runEnd = at + 1;
                while (runEnd < end && Words.UnspacedLength(text.AsSpan(runEnd, end - runEnd)) == 0)
                {
                    runEnd++;
                }
                // Marks alone (after a digit or a space) may have no form: Of drops such tokens.
                tokens.Add(Token(at, runEnd));
                at = runEnd;
                continue;
            }
            var pairStart = at;
            var next = at + first;
            var second = CharacterAt(next);
            if (second == 0)
            {
                tokens.Add(Token(at, at + first));
            }
            while (second > 0)
            {
                tokens.Add(Token(pairStart, next + second));
                pairStart = next;
                next += second;
                second = CharacterAt(next);
            }
            at = next;
        }
    }

    // Spans, not strings: these checks run for every word of every paragraph when the index is built.
    private static ReadOnlySpan<char> Between(string text, (int Start, int Length) left, (int Start, int Length) right) =>
        text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length);

    private static bool IsSingleLetter(string text, (int Start, int Length) span)
    {
        var rune = Rune.GetRuneAt(text, span.Start);
        // One letter, perhaps with marks on it.
        if (!Rune.IsLetter(rune))
        {
            return false;
        }
        foreach (var mark in text.AsSpan(span.Start + rune.Utf16SequenceLength, span.Length - rune.Utf16SequenceLength).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(mark))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDigits(string text, (int Start, int Length) span, int min, int max) =>
        span.Length >= min && span.Length <= max && !text.AsSpan(span.Start, span.Length).ContainsAnyExceptInRange('0', '9');

    private static bool IsDigitGroupSeparator(ReadOnlySpan<char> between) =>
        between is "," or "\u00A0" or "\u202F" or "\u2009" or "'" or "’";

    private static bool IsHyphen(ReadOnlySpan<char> between) => between is "-" or "\u2010" or "\u2011";

    private static bool IsPossessiveS(string text, (int Start, int Length) span, SearchToken previous) =>
        span.Length == 1 && text[span.Start] is 's' or 'S' && previous.End == span.Start - 1 && text[span.Start - 1] is '\'' or '’';
}
