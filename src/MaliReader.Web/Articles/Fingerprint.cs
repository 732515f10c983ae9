using System.Security.Cryptography;
using System.Text;

namespace MaliReader.Web.Articles;

/// <summary>
/// A short hash of a paragraph's normalised words: the same words give the same fingerprint whatever
/// the paragraph's position, case, punctuation or spacing, so links built on it survive edits elsewhere.
/// </summary>
public static class Fingerprint
{
    public static string Of(string text) => Hash(NormaliseWords(text));

    /// <summary>
    /// One fingerprint per paragraph of an article, all distinct: the first paragraph with given words keeps
    /// <see cref="Of"/> (the fingerprint links were built on before repeats were told apart); a repeat of the
    /// same words is told apart by its occurrence number, so its link stays put while the repeats keep their order.
    /// </summary>
    public static IReadOnlyList<string> ForParagraphs(IEnumerable<string> texts)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var fingerprints = new List<string>();
        foreach (var text in texts)
        {
            var words = NormaliseWords(text);
            var occurrence = occurrences[words] = occurrences.GetValueOrDefault(words) + 1;
            var fingerprint = OfOccurrence(words, occurrence, salt: 0);
            // 48 bits make a clash between different words unlikely, not impossible: never hand out one link twice.
            for (var salt = 1; !taken.Add(fingerprint); salt++)
            {
                fingerprint = OfOccurrence(words, occurrence, salt);
            }
            fingerprints.Add(fingerprint);
        }
        return fingerprints;
    }

    /// <summary>
    /// Which copy of its words, counted from the top of its article, <paramref name="fingerprint"/> was handed to by
    /// <see cref="ForParagraphs"/> (1 for the first); null when it is none of the first <paramref name="copiesAtMost"/>
    /// copies of <paramref name="text"/>'s words.
    /// </summary>
    public static int? OccurrenceOf(string text, string fingerprint, int copiesAtMost)
    {
        var words = NormaliseWords(text);
        for (var occurrence = 1; occurrence <= copiesAtMost; occurrence++)
        {
            // A salt follows a 48-bit clash within one article, itself unlikely: a third in a row is not looked for.
            for (var salt = 0; salt <= 2; salt++)
            {
                if (OfOccurrence(words, occurrence, salt) == fingerprint)
                {
                    return occurrence;
                }
            }
        }
        return null;
    }

    private static string OfOccurrence(string normalisedWords, int occurrence, int salt) =>
        salt > 0 ? Hash($"{normalisedWords}\n#{occurrence}\n{salt}")
        : occurrence == 1 ? Hash(normalisedWords)
        : Hash($"{normalisedWords}\n#{occurrence}");

    /// <summary>Lower-cased words without diacritics or punctuation, joined by single spaces.</summary>
    public static string NormaliseWords(string text) => string.Join(' ', Words(text));

    public static IEnumerable<string> Words(string text) =>
        Articles.Words.SpansForFingerprint(text).Select(span => Articles.Words.FoldForFingerprint(text.Substring(span.Start, span.Length)));

    private static string Hash(string normalisedWords) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedWords)).AsSpan(0, 6));
}
