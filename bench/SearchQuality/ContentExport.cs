using System.Text;
using System.Text.RegularExpressions;

namespace SearchQuality;

/// <summary>
/// Turns TIME documents into MaliReader content files: front matter, then the text in paragraphs of
/// whole sentences, the words as they are, escaped so that Markdown reads every paragraph as text.
/// </summary>
internal static partial class ContentExport
{
    // A paragraph closes once it holds enough sentences and words to read as one, or gets long.
    private const int MinSentences = 3;
    private const int MaxSentences = 5;
    private const int MinWords = 80;
    private const int MaxWords = 120;

    // A tail shorter than this joins the paragraph before it rather than standing alone.
    private const int MinTailWords = 40;

    private const int TitleWords = 8;

    // Tokens that end in a set-off full stop without ending the sentence: "U.S .", "MR .", "DEC . 28".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "MR", "MRS", "MME", "MLLE", "MS", "DR", "ST", "MT", "FT", "JR", "SR", "REV", "PROF", "GEN", "LT", "COL",
        "CAPT", "MAJ", "SGT", "ADM", "CMDR", "SEN", "REP", "GOV", "NO", "VS", "CO", "CORP", "INC", "LTD",
        "JAN", "FEB", "APR", "AUG", "SEPT", "SEP", "OCT", "NOV", "DEC",
    };

    public static void WriteFolder(IEnumerable<TimeDocument> documents, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in documents)
        {
            File.WriteAllText(Path.Combine(folder, document.Slug + ".md"), ToMarkdown(document), new UTF8Encoding(false));
        }
    }

    public static string ToMarkdown(TimeDocument document)
    {
        var markdown = new StringBuilder();
        markdown.Append("---\n");
        markdown.Append("title: ").Append(YamlString(TitleOf(document))).Append('\n');
        markdown.Append("source: \"TIME\"\n");
        markdown.Append("published: ").Append(YamlString(document.Date)).Append('\n');
        markdown.Append("story: ").Append(YamlString(document.Slug)).Append('\n');
        markdown.Append("---\n");
        foreach (var paragraph in Paragraphs(document.Text))
        {
            markdown.Append('\n').Append(EscapeMarkdown(paragraph)).Append('\n');
        }
        return markdown.ToString();
    }

    /// <summary>The first words of the text (where the section label and headline run into the first sentence).</summary>
    public static string TitleOf(TimeDocument document)
    {
        var words = document.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token.Any(char.IsLetterOrDigit))
            .Take(TitleWords)
            .ToList();
        return words.Count == 0 ? $"TIME 1963, document {document.Number}" : string.Join(' ', words) + " …";
    }

    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        var words = 0;
        foreach (var sentence in Sentences(text))
        {
            current.Add(sentence);
            words += WordCount(sentence);
            if (current.Count >= MaxSentences || words >= MaxWords || (current.Count >= MinSentences && words >= MinWords))
            {
                paragraphs.Add(current);
                current = [];
                words = 0;
            }
        }
        if (current.Count > 0)
        {
            if (paragraphs.Count > 0 && words < MinTailWords)
            {
                paragraphs[^1].AddRange(current);
            }
            else
            {
                paragraphs.Add(current);
            }
        }
        return [.. paragraphs.Select(sentences => string.Join(' ', sentences))];
    }

    /// <summary>
    /// Sentences of a text whose punctuation is mostly set off by spaces ("IT ALL SPRANG . BUT"): a
    /// full stop ends one unless it follows an abbreviation or an initial ("U.S .", "JOHN F . KENNEDY"),
    /// and a closing quotation mark right after the end stays with the sentence it closes.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sentences = new List<string>();
        var current = new List<string>();
        var insideQuote = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            current.Add(token);
            if (token == "\"")
            {
                insideQuote = !insideQuote;
            }
            if (!EndsSentence(token, i > 0 ? tokens[i - 1] : ""))
            {
                continue;
            }
            if (insideQuote && i + 1 < tokens.Length && tokens[i + 1] == "\"")
            {
                current.Add(tokens[++i]);
                insideQuote = false;
            }
            sentences.Add(string.Join(' ', current));
            current.Clear();
        }
        if (current.Count > 0)
        {
            sentences.Add(string.Join(' ', current));
        }
        return sentences;
    }

    /// <summary>A set-off "." after a word that is no abbreviation, a "?" or "!", or (in the one document punctuated normally) a word ending in one.</summary>
    private static bool EndsSentence(string token, string previous)
    {
        if (token is "?" or "!")
        {
            return true;
        }
        if (token == ".")
        {
            return !IsAbbreviation(previous);
        }
        var attached = AttachedEnd().Match(token);
        return attached.Success && (attached.Groups["mark"].Value != "." || !IsAbbreviation(attached.Groups["word"].Value));
    }

    private static bool IsAbbreviation(string token) =>
        token.Length == 1 && char.IsLetter(token[0])
        || token.Contains('.', StringComparison.Ordinal)
        || Abbreviations.Contains(token);

    /// <summary>
    /// Backslash-escapes what Markdown could read as syntax, so the paragraph renders as the same words:
    /// inline markers anywhere, and block markers ("#", "&gt;", "-", "1.") at the start of the line.
    /// </summary>
    public static string EscapeMarkdown(string paragraph)
    {
        var escaped = InlineSyntax().Replace(paragraph, @"\$0");
        escaped = BlockStart().Replace(escaped, @"\$0");
        return OrderedListStart().Replace(escaped, @"$1\$2");
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));

    private static string YamlString(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^(?<word>.*[\p{L}\p{N}])(?<mark>[.?!])[.?!]*[""')]*$")]
    private static partial Regex AttachedEnd();

    [GeneratedRegex(@"[\\`*_\[\]<>&!|~]")]
    private static partial Regex InlineSyntax();

    [GeneratedRegex(@"^[#>+=\-]")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(\d{1,9})([.)])")]
    private static partial Regex OrderedListStart();
}
