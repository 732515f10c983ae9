using System.Security.Cryptography;
using System.Text;

namespace MaliReader.Web.Articles;

/// <summary>
/// A short hash of a paragraph's normalised words: the same words give the same fingerprint whatever
/// the paragraph's position, case, punctuation or spacing, so links built on it survive edits elsewhere.
/// </summary>
public static class Fingerprint
{
    public static string Of(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseWords(text)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    /// <summary>Lower-cased words without diacritics or punctuation, joined by single spaces.</summary>
    public static string NormaliseWords(string text) => string.Join(' ', Words(text));

    public static IEnumerable<string> Words(string text) =>
        Articles.Words.Spans(text).Select(span => Articles.Words.Fold(text.Substring(span.Start, span.Length)));
}
