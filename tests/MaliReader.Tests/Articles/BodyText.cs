using System.Text.RegularExpressions;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>
/// The invariant "every word accounted for", stated independently of the reader: the body's blocks as the
/// file holds them, and the same blocks put back together from an article's paragraphs and removals.
/// </summary>
public static partial class BodyText
{
    /// <summary>
    /// The text after the front matter's closing <c>---</c>, split at blank lines, each block with its
    /// whitespace runs made single spaces; whitespace-only blocks are not text and are left out.
    /// </summary>
    public static List<string> BlocksOf(string rawFile)
    {
        var lines = rawFile.TrimStart('\uFEFF').Split('\n');
        var fences = lines.Select((line, index) => (line, index)).Where(l => l.line.TrimEnd() == "---").Take(2).ToList();
        var body = string.Join('\n', lines[(fences[1].index + 1)..]);
        return BlankLine().Split(body).Select(Normalise).Where(block => block.Length > 0).ToList();
    }

    /// <summary>
    /// Kept paragraphs and recorded removals, in order: each whole-block removal before the paragraph it
    /// names (or after the last), each inline removal put back, after a space, at its offset in its paragraph.
    /// </summary>
    public static List<string> Reassemble(IReadOnlyList<string> paragraphs, IReadOnlyList<RemovedFragment> removed)
    {
        var blocks = new List<string>();
        for (var n = 1; n <= paragraphs.Count + 1; n++)
        {
            blocks.AddRange(removed.Where(f => !f.IsInline && f.Paragraph == n).Select(f => f.Text));
            if (n > paragraphs.Count)
            {
                break;
            }
            var text = paragraphs[n - 1];
            var rebuilt = "";
            var position = 0;
            foreach (var inline in removed.Where(f => f.IsInline && f.Paragraph == n))
            {
                rebuilt += text[position..inline.Offset!.Value] + " " + inline.Text;
                position = inline.Offset.Value;
            }
            blocks.Add(rebuilt + text[position..]);
        }
        return blocks;
    }

    public static List<string> Reassemble(Article article) =>
        Reassemble([.. article.Paragraphs.Select(p => p.Text)], article.Removed);

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\n[^\S\n]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
