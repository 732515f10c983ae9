using System.Globalization;
using MaliReader.Web.Articles;
using MaliReader.Web.Search;

namespace MaliReader.Web.Compare;

/// <summary>
/// One word of a passage as comparison sees it. <c>Key</c> is what two words must share to count
/// as the same word: folded (case and accents ignored) and stemmed (Porter2), so "Arms" and "arm" meet. <c>Start</c>/<c>Length</c> are UTF-16 offsets into the passage.
/// </summary>
public sealed record CompareWord(string Text, string Key, int Start, int Length)
{
    public bool IsNumber => char.IsAsciiDigit(Key[0]);

    /// <summary>Starts with a capital letter: a name, or a word that opens a sentence.</summary>
    public bool IsCapitalized => char.IsUpper(Text[0]);
}

public static partial class CompareWords
{
    /// <summary>
    /// The words of <paramref name="text"/> in order, as a reader sees them. Initialisms written with dots
    /// ("U.N.") are one word, as are digits grouped by thousands ("1,000"), so they meet their undotted
    /// spellings. Markup is not words: the names and attributes of typed HTML tags ("&lt;b&gt;") are left out,
    /// and in a Markdown paragraph (<paramref name="inlineMarkup"/>) so are a link's hidden address and title
    /// (<see cref="Rendering.ParagraphMarkup.Layout"/>), so a quoted difference never starts or ends inside them.
    /// </summary>
    public static IReadOnlyList<CompareWord> Of(string text, bool inlineMarkup = false)
    {
        var spans = CharactersOfUnspacedScripts(text, Words.Spans(text));
        spans = WithoutMarkup(text, spans, inlineMarkup);
        var words = new List<CompareWord>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            var end = start + length;
            var parts = new List<string> { text.Substring(start, length) };
            while (i + 1 < spans.Count && JoinsNext(text, parts[^1], end, spans[i + 1]))
            {
                i++;
                parts.Add(text.Substring(spans[i].Start, spans[i].Length));
                end = spans[i].Start + spans[i].Length;
            }
            var key = KeyOf(string.Concat(parts));
            // A word of marks alone (a stray half-width sound mark ﾞ) says nothing to compare.
            if (key.Length > 0)
            {
                words.Add(new CompareWord(text[start..end], key, start, end - start));
            }
        }
        return words;
    }

    private static List<(int Start, int Length)> WithoutMarkup(string text, List<(int Start, int Length)> spans, bool inlineMarkup)
    {
        var hidden = new List<(int Start, int End)>();
        if (text.Contains('<'))
        {
            hidden.AddRange(TypedTag().Matches(text).Select(tag => (tag.Index, tag.Index + tag.Length)));
        }
        // Only a link written as [words](address) hides words: the rest need not be parsed (as search does).
        if (inlineMarkup && text.Contains("](", StringComparison.Ordinal))
        {
            hidden.AddRange(Rendering.ParagraphMarkup.Layout(text, inlineMarkup).Hidden.Select(range => (range.Start, range.End)));
        }
        return hidden.Count == 0 ? spans
            : spans.Where(span => !hidden.Exists(range => span.Start < range.End && range.Start < span.Start + span.Length)).ToList();
    }

    // An opening or closing tag as typed: "<b>", "</span>", "<a href='…'>"; attributes are bounded, so
    // the match cannot run far.
    [System.Text.RegularExpressions.GeneratedRegex("""</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>""")]
    private static partial System.Text.RegularExpressions.Regex TypedTag();

    /// <summary>
    /// Scripts written without spaces (Chinese, Japanese, Thai: <see cref="Words.IsWrittenWithoutSpaces"/>)
    /// give whole phrases as one span; each of their characters (with its combining marks) becomes a word
    /// of its own, so two accounts differ by the characters that changed rather than by whole runs.
    /// A few words are known by their shape and kept whole (<see cref="UnspacedWordLength"/>): a number in
    /// CJK numerals, a day of the week, a run of katakana. Letters of other scripts next to them ("G7各国") stay one word.
    /// </summary>
    private static List<(int Start, int Length)> CharactersOfUnspacedScripts(string text, List<(int Start, int Length)> spans)
    {
        // A quick way out for most text: every such script lies in this range (beyond the Basic Multilingual Plane, as
        // surrogates).
        if (!spans.Exists(span => text.AsSpan(span.Start, span.Length).ContainsAnyInRange('\u0E00', '\uFF9F')))
        {
            return spans;
        }
        var split = new List<(int Start, int Length)>(spans.Count);
        foreach (var (start, length) in spans)
        {
            var end = start + length;
            var pieceStart = start;
            for (var at = start; at < end;)
            {
                var element = System.Globalization.StringInfo.GetNextTextElementLength(text.AsSpan(at, end - at));
                if (Words.UnspacedLength(text.AsSpan(at, end - at)) > 0)
                {
                    element = Math.Max(element, UnspacedWordLength(text.AsSpan(at, end - at)));
                    // A modifier letter (an iteration mark as in 人々 or ゝ, the long-vowel mark ー) stands for or
                    // changes the sound of the character before it, so belongs to its word, as a combining mark does.
                    while (at + element < end && IsModifierOfUnspacedScript(text[at + element]))
                    {
                        element++;
                    }
                    // Marks on the last character taken (a variation selector on 々, a vowel sign after a katakana word) stay
                    // with it: a word of marks alone would be no word.
                    element += Words.MarksLength(text.AsSpan(at + element, end - at - element));
                    if (pieceStart < at)
                    {
                        split.Add((pieceStart, at - pieceStart));
                    }
                    split.Add((at, element));
                    pieceStart = at + element;
                }
                at += element;
            }
            if (pieceStart < end)
            {
                split.Add((pieceStart, end - pieceStart));
            }
        }
        return split;
    }

    /// <summary>
    /// How many characters at the start of <paramref name="text"/> make one word of a script written without
    /// spaces, where its shape tells: a day of the week (水曜日, 星期三, 周三), a number in CJK numerals
    /// (二十三; <see cref="CjkNumber"/>), a run of katakana (バレンシア: the script of loanwords and foreign
    /// names, each run one word); 0 when none starts there.
    /// </summary>
    private static int UnspacedWordLength(ReadOnlySpan<char> text)
    {
        if (DayWordStarts.Contains(text[0]))
        {
            foreach (var day in CjkDayWords)
            {
                if (text.StartsWith(day, StringComparison.Ordinal))
                {
                    return day.Length;
                }
            }
        }
        var numerals = 0;
        while (numerals < text.Length && CjkNumerals.Contains(text[numerals]))
        {
            numerals++;
        }
        if (numerals > 1 && CjkNumber(text[..numerals]) is not null)
        {
            return numerals;
        }
        var katakana = 0;
        while (katakana < text.Length && IsKatakana(text[katakana]))
        {
            katakana++;
        }
        return katakana;
    }

    private static bool IsModifierOfUnspacedScript(char c) =>
        Words.IsWrittenWithoutSpaces(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ModifierLetter;

    // A katakana word is a run of Words.IsKatakana; the middle dot (・, ･) separates the parts of a foreign name, so it ends one.
    private static bool IsKatakana(char c) => !char.IsSurrogate(c) && Words.IsKatakana(new System.Text.Rune(c));

    /// <summary>The comparison key of one word: folded, with a regular English ending removed.</summary>
    public static string KeyOf(string word)
    {
        // A word in half or full width (ｶﾞｽ, ＵＳＡ) is the same word in its usual width (ガス, USA), and a formula with a
        // lowered digit (CO₂) the same as with a plain one, but a power (10⁶) is not the plain number, as search takes them:
        // the compatibility form folds them by Words.CompatibilityForm's rule; asked only of words holding such forms, as it is slow.
        if (word.AsSpan().ContainsAnyInRange('\uFF00', '\uFFEF') || Words.HasRaisedOrLowered(word))
        {
            word = Words.CompatibilityForm(word, System.Text.NormalizationForm.FormKC);
        }
        var folded = Words.Fold(word);
        if (folded.Length == 0 || char.IsAsciiDigit(folded[0]))
        {
            return folded;
        }
        // Digits of any script (full-width ３, Arabic-Indic ٣) are the same figure as ASCII ones.
        if (IsDigits(folded))
        {
            return string.Concat(folded.Select(c => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))));
        }
        // A day named in Chinese or Japanese is the same day as in English, and differs as one.
        if (CjkDays.TryGetValue(word, out var day))
        {
            return day;
        }
        if (CjkNumber(word) is { } number)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        // "three" and "3" state the same figure, and a differing one should count as a differing number.
        if (NumberWords.TryGetValue(folded, out var digits))
        {
            return digits;
        }
        // Porter2 (Snowball's English stemmer, the one search uses) merges the inflections that matter
        // for matching: "weapons"/"weapon", "arming"/"arms", "operate"/"operating".
        return SearchTokens.Stem(folded);
    }

    // Asked of every word compared: a plain loop, no enumerator.
    private static bool IsDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return word.Length > 0;
    }

    /// <summary>
    /// The value of a number written in CJK numerals, or null when <paramref name="word"/> is not one: digits
    /// with 十/百/千 inside groups of 万 and 億 (二十三 = 23, 一千二百 = 1200, 三万 = 30000), or digits alone
    /// read in place (二〇二五 = 2025). As "one" is not taken for a figure, neither is a lone 一 or 两
    /// ("a", "both": 一部 "a part"), nor a word opening with 百, 千, 万 or 億 (万一 "by chance", 千葉 Chiba).
    /// </summary>
    public static long? CjkNumber(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxNumeralLength || (word.Length == 1 && word[0] is '一' or '两' or '兩')
            || word[0] is '百' or '千' or '万' or '萬' or '億' or '亿')
        {
            return null;
        }
        long total = 0, group = 0, digit = -1;
        var placeValues = false;
        foreach (var c in word)
        {
            if (NumeralDigit(c) is { } value)
            {
                digit = value;
                continue;
            }
            var unit = c switch { '十' => 10L, '百' => 100L, '千' => 1000L, '万' or '萬' => 10_000L, '億' or '亿' => 100_000_000L, _ => 0L };
            if (unit == 0)
            {
                return null;
            }
            placeValues = true;
            if (unit < 10_000)
            {
                group += (digit < 0 ? 1 : digit) * unit;
            }
            else
            {
                // 万 alone after nothing counts one of it; 十万 is ten of them.
                var held = group + Math.Max(digit, 0);
                total += (held > 0 ? held : 1) * unit;
                group = 0;
            }
            digit = -1;
        }
        if (placeValues)
        {
            return total + group + Math.Max(digit, 0);
        }
        // Digits alone, as years are written (二〇二五): each numeral is a place.
        long inPlace = 0;
        foreach (var c in word)
        {
            inPlace = inPlace * 10 + NumeralDigit(c)!.Value;
        }
        return inPlace;
    }

    // Longer runs of numerals are not figures anyone reads as one (and would overflow).
    private const int MaxNumeralLength = 12;

    private static int? NumeralDigit(char c) => c switch
    {
        '〇' or '零' => 0, '一' => 1, '二' or '两' or '兩' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => null,
    };

    private static readonly System.Buffers.SearchValues<char> CjkNumerals =
        System.Buffers.SearchValues.Create("〇零一二两兩三四五六七八九十百千万萬億亿");

    /// <summary>Days of the week in Japanese (月曜日, 月曜) and Chinese (星期一, 周一, 週一), keyed as the English day.</summary>
    private static readonly Dictionary<string, string> CjkDays = BuildCjkDays();

    // Longest first, so that 水曜日 is taken whole rather than as 水曜 and 日.
    private static readonly string[] CjkDayWords = [.. CjkDays.Keys.OrderByDescending(word => word.Length)];

    private static readonly System.Buffers.SearchValues<char> DayWordStarts = System.Buffers.SearchValues.Create("月火水木金土日星周週");

    private static Dictionary<string, string> BuildCjkDays()
    {
        string[] english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var days = new List<(string Word, string Day)>();
        for (var i = 0; i < 7; i++)
        {
            var key = SearchTokens.Stem(english[i]);
            var japanese = "月火水木金土日"[i];
            days.Add((japanese + "曜日", key));
            days.Add((japanese + "曜", key));
            foreach (var chinese in i == 6 ? new[] { "日", "天" } : new[] { "一二三四五六"[i].ToString() })
            {
                days.Add(("星期" + chinese, key));
                days.Add(("周" + chinese, key));
                days.Add(("週" + chinese, key));
            }
        }
        return days.ToDictionary(entry => entry.Word, entry => entry.Day, StringComparer.Ordinal);
    }

    // From two: "one" is as often a pronoun ("one of the ...") as a figure.
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["thirteen"] = "13",
        ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17", ["eighteen"] = "18",
        ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30", ["forty"] = "40", ["fifty"] = "50",
        ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90",
    };

    private static bool JoinsNext(string text, string current, int end, (int Start, int Length) next)
    {
        if (next.Start != end + 1)
        {
            return false;
        }
        var separator = text[end];
        var nextWord = text.AsSpan(next.Start, next.Length);
        // "U.S." / "U.N.": single letters each followed by a dot.
        if (separator == '.' && current.Length == 1 && char.IsLetter(current[0]) && nextWord.Length == 1 && char.IsLetter(nextWord[0]))
        {
            return true;
        }
        // "1,000" / "2.500": a group of exactly three digits after a number.
        return separator is ',' or '.' && current.All(char.IsAsciiDigit) && nextWord.Length == 3 && IsDigits(nextWord);
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
