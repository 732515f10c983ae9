using System.Text;

namespace MaliReader.Web.Articles;

/// <summary>
/// The one form of letters that slugs are made in, so that a name typed in other casing or in other
/// Unicode composition can be matched against them: composed (NFC, as most keyboards type "é"; macOS
/// file names and some input methods give "e" plus a combining accent), then lower case by the
/// invariant culture. "İ" (Turkish capital dotted I) becomes "i", its simple lower case in Unicode,
/// which .NET's invariant casing leaves as a capital; so "İZMİR", "IZMIR" and "izmir" are one name. "ß"
/// stays "ß" ("ẞ" becomes it): folding it to "ss" would make "Straße" and "Strasse" one name, and they
/// are two words.
/// </summary>
public static class SlugCase
{
    public static string Of(string text) => Lower(Composed(text));

    /// <summary>The NFC form; text that cannot be normalised (a lone surrogate) is returned as it is.</summary>
    public static string Composed(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    public static Rune Lower(Rune rune) => rune.Value == 'İ' ? new Rune('i') : Rune.ToLowerInvariant(rune);

    private static string Lower(string text) => text.ToLowerInvariant().Replace('İ', 'i');
}
