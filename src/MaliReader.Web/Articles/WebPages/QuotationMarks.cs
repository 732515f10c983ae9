using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// The quotation marks a browser draws round &lt;q&gt; (its default style, quotes: auto), which the page's text does not
/// hold: without them the quoted words read as the writer's own. The marks follow the language the page gives the
/// quotation (its nearest lang attribute); a quotation inside another takes the language's inner marks.
/// </summary>
public static class QuotationMarks
{
    /// <summary>Opening and closing marks of a language, for a quotation and for one inside it.</summary>
    private sealed record Marks(string Open, string Close, string InnerOpen, string InnerClose);

    private static readonly Marks English = new("\u201C", "\u201D", "\u2018", "\u2019");

    // The languages of the region's press besides English; any other language is given English marks, as browsers
    // give a language they hold no marks for.
    private static readonly Dictionary<string, Marks> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        ["de"] = new("\u201E", "\u201C", "\u201A", "\u2018"),
        ["es"] = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        ["it"] = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
    };

    /// <summary>The mark that opens <paramref name="quotation"/>, <paramref name="depth"/> quotations deep (1 for the outermost).</summary>
    public static string Opening(IElement quotation, int depth) => depth > 1 ? MarksOf(quotation).InnerOpen : MarksOf(quotation).Open;

    /// <summary>The mark that closes <paramref name="quotation"/>, <paramref name="depth"/> quotations deep (1 for the outermost).</summary>
    public static string Closing(IElement quotation, int depth) => depth > 1 ? MarksOf(quotation).InnerClose : MarksOf(quotation).Close;

    private static Marks MarksOf(IElement quotation)
    {
        var language = quotation.Closest("[lang]")?.GetAttribute("lang") ?? "";
        var primary = language.Split('-', '_')[0];
        return ByLanguage.GetValueOrDefault(primary, English);
    }
}
