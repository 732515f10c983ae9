using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MaliReader.Web.Search;

/// <summary>
/// Turns text that FTS5 has marked with private-use characters into safe HTML: every piece of text
/// is HTML-encoded, and only then do the markers become &lt;mark&gt; tags. Nothing of the text is
/// ever live markup.
/// </summary>
public static class MarkedText
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string ToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var isOpen = false;
        var segmentStart = 0;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] is not (Open or Close))
            {
                continue;
            }
            html.Append(Encoder.Encode(marked[segmentStart..i]));
            segmentStart = i + 1;
            // Tags stay balanced whatever the text holds.
            if (marked[i] == Open && !isOpen)
            {
                html.Append("<mark>");
                isOpen = true;
            }
            else if (marked[i] == Close && isOpen)
            {
                html.Append("</mark>");
                isOpen = false;
            }
        }
        html.Append(Encoder.Encode(marked[segmentStart..]));
        if (isOpen)
        {
            html.Append("</mark>");
        }
        return html.ToString();
    }

    /// <summary>The text without its markers: what the paragraph says.</summary>
    public static string Plain(string marked) => marked.Replace(Open.ToString(), "", StringComparison.Ordinal)
        .Replace(Close.ToString(), "", StringComparison.Ordinal);
}
