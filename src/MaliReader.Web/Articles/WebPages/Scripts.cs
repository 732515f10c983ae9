using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// A superscript or subscript as its block's text holds it: <paramref name="Text"/> in Unicode's superscript or
/// subscript forms when it has them ("⁶", "₂"), else the page's own text. <paramref name="MarkerAfterDigit"/> and
/// <paramref name="MarkerAfterLetter"/> ("^" or "_") go before it only when it would otherwise run into a digit or a
/// letter right before it; null where it reads right run in. <paramref name="SpaceBefore"/> and
/// <paramref name="SpaceAfter"/> say whether the page sets white space inside it at either end.
/// </summary>
public sealed record Script(string Text, string? MarkerAfterDigit, string? MarkerAfterLetter, bool SpaceBefore, bool SpaceAfter);

/// <summary>
/// Writes &lt;sup&gt; and &lt;sub&gt; so that they say what the page shows: "10&lt;sup&gt;6&lt;/sup&gt;" is "10⁶", not
/// the other number "106"; "CO&lt;sub&gt;2&lt;/sub&gt;" is "CO₂". Text with no such forms stays as the page writes it
/// where it reads right run in (an ordinal's "1st", "2e", a footnote's "[1]" or "*"), and is set off by "^" or "_"
/// otherwise ("10^x", "V_out").
/// </summary>
public static class Scripts
{
    // Unicode's superscripts (U+2070 block, with ¹ ² ³ from Latin-1) and subscripts (U+2080 block) of what plain
    // mathematics needs: digits, signs, brackets, and the superscript n and i.
    private static readonly Dictionary<char, char> Superscripts = new()
    {
        ['0'] = '⁰', ['1'] = '¹', ['2'] = '²', ['3'] = '³', ['4'] = '⁴', ['5'] = '⁵', ['6'] = '⁶', ['7'] = '⁷', ['8'] = '⁸', ['9'] = '⁹',
        ['+'] = '⁺', ['-'] = '⁻', ['\u2212'] = '⁻', ['='] = '⁼', ['('] = '⁽', [')'] = '⁾', ['n'] = 'ⁿ', ['i'] = 'ⁱ',
    };

    private static readonly Dictionary<char, char> Subscripts = new()
    {
        ['0'] = '₀', ['1'] = '₁', ['2'] = '₂', ['3'] = '₃', ['4'] = '₄', ['5'] = '₅', ['6'] = '₆', ['7'] = '₇', ['8'] = '₈', ['9'] = '₉',
        ['+'] = '₊', ['-'] = '₋', ['\u2212'] = '₋', ['='] = '₌', ['('] = '₍', [')'] = '₎',
    };

    // The endings of ordinal numbers set raised in English, French, Spanish, Portuguese and Italian.
    private static readonly HashSet<string> OrdinalEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "nd", "rd", "th", "e", "er", "re", "ère", "eme", "ème", "de", "d", "nde", "o", "a", "os", "as", "º", "ª",
    };

    // Inside a superscript these read as the footnote marks they are, run in after a word.
    private const string FootnoteMarks = "[(*†‡§¶#";

    /// <summary>
    /// How <paramref name="element"/> (a sup or sub) is written into its block, or null when it holds more than inline
    /// text (a line break, a block, something hidden or not text at all), which is then read as any other element.
    /// </summary>
    public static Script? Render(IElement element)
    {
        foreach (var inner in element.Descendants<IElement>())
        {
            if (!IsPlainInline(inner))
            {
                return null;
            }
        }
        var raw = element.TextContent;
        var text = BoilerplateCleaner.NormaliseWhitespace(raw);
        var spaceBefore = raw.Length > 0 && char.IsWhiteSpace(raw[0]);
        var spaceAfter = raw.Length > 0 && char.IsWhiteSpace(raw[^1]);
        var superscript = element.LocalName == "sup";
        if (Mapped(text, superscript ? Superscripts : Subscripts) is { } mapped)
        {
            return new Script(mapped, null, null, spaceBefore, spaceAfter);
        }
        if (text.Length == 0 || (superscript && FootnoteMarks.Contains(text[0], StringComparison.Ordinal)))
        {
            return new Script(text, null, null, spaceBefore, spaceAfter);
        }
        if (superscript && text.All(char.IsLetter))
        {
            // After a number, an ordinal's ending (1st, 2e, 3ème); after letters, an abbreviation's (Mme, Mlle, Nº).
            return new Script(text, OrdinalEndings.Contains(text) ? null : "^", null, spaceBefore, spaceAfter);
        }
        var shown = text.All(char.IsLetterOrDigit) ? text : $"({text})";
        var marker = superscript ? "^" : "_";
        return new Script(shown, marker, marker, spaceBefore, spaceAfter);
    }

    /// <summary>
    /// <paramref name="text"/> in its raised or lowered forms, or null when a character has none. A comma between
    /// them stays (footnotes "¹,²"); a space does not, as the forms would no longer read as one.
    /// </summary>
    private static string? Mapped(string text, Dictionary<char, char> forms)
    {
        if (text.Length == 0 || text[0] == ',' || text[^1] == ',')
        {
            return null;
        }
        var mapped = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ',')
            {
                mapped[i] = ',';
            }
            else if (forms.TryGetValue(text[i], out var form))
            {
                mapped[i] = form;
            }
            else
            {
                return null;
            }
        }
        return new string(mapped);
    }

    // Not a quotation (<q>): read as any other element, it keeps the quotation marks a browser draws round it.
    private static bool IsPlainInline(IElement element) =>
        element.LocalName is "a" or "span" or "b" or "strong" or "i" or "em" or "small" or "abbr" or "cite" or "code" or "font"
            or "u" or "s" or "mark" or "bdi" or "bdo" or "data" or "time" or "var" or "dfn" or "kbd" or "samp"
        && !PageBlocks.IsHidden(element);
}
