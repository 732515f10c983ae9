using System.Text;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>Small saved pages written for the tests: a site's frame round an article of plain prose.</summary>
public static class TestPages
{
    public const string Title = "Ministers meet in Bamako to discuss the harvest";

    public static readonly string[] Paragraphs =
    [
        "The ministers of agriculture met in Bamako on Tuesday, and they spoke for most of the day about the harvest, the rains and the price of grain in the markets of the north.",
        "Farmers in the Niger valley said the rains came late this year, which left many fields dry in July, but the millet recovered well, according to officials of the ministry.",
        "Traders in Mopti reported that prices fell in September, after the first lorries of the new crop arrived, although rice remained dear, because imports were delayed at the border.",
        "The meeting ended with a promise of seed for the next planting season, and a plan to repair the irrigation canals before the floods of next summer, officials said.",
    ];

    /// <summary>A whole page; <paramref name="insideArticle"/> goes after the article's paragraphs, <paramref name="outsideArticle"/> after the article.</summary>
    public static string Page(string head = "", string insideArticle = "", string outsideArticle = "", string? bodyAttributes = null) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Title} | The Daily Example</title>{head}</head>
        <body {bodyAttributes}>
        <header><a href="/">The Daily Example</a></header>
        <main>
        <article>
        <h1>{Title}</h1>
        {string.Concat(Paragraphs.Select(p => $"<p>{p}</p>\n"))}
        {insideArticle}
        </article>
        {outsideArticle}
        </main>
        </body></html>
        """;

    public static byte[] Utf8(string html) => Encoding.UTF8.GetBytes(html);
}
