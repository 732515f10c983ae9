namespace MaliReader.Web.Search;

/// <summary>
/// Text in which search has marked the words it found with private-use characters, made safe HTML: every piece of text
/// is HTML-encoded, and only then do the markers become &lt;mark&gt; tags. Nothing of the text is
/// ever live markup.
/// </summary>
public static class MarkedText
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    /// <summary>The text HTML-encoded, its markers made balanced &lt;mark&gt; tags (as <see cref="Rendering.ParagraphMarkup"/> writes typed text).</summary>
    public static string ToHtml(string marked) => Rendering.ParagraphMarkup.ToHtml(marked, inlineMarkup: false).ToString()!;

    /// <summary>The text without its markers: what the paragraph says.</summary>
    public static string Plain(string marked) => marked.Replace(Open.ToString(), "", StringComparison.Ordinal)
        .Replace(Close.ToString(), "", StringComparison.Ordinal);
}
