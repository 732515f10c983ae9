namespace MaliReader.Web.Permalinks;

/// <summary>Paragraph text shortened for link previews and search snippets, which cut long descriptions.</summary>
public static class PreviewText
{
    public const int DefaultLength = 300;

    /// <summary>The text itself when short enough, else its start cut at a word boundary and ended with "…".</summary>
    public static string Shorten(string text, int maxLength = DefaultLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }
        var lastSpace = text.LastIndexOf(' ', maxLength);
        // A text with no space in its second half (a long URL, say) is cut mid-word rather than shortened to little.
        var cut = lastSpace > maxLength / 2 ? lastSpace : maxLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        return text[..cut].TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—') + "…";
    }
}
