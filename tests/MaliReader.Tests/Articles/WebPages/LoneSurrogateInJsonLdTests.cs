using System.Text;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>
/// A saved page whose JSON-LD escapes a lone surrogate ("\ud800": JSON may write it, but it is no text) is read:
/// that value says nothing, and the page's other metadata and its text are read as ever.
/// </summary>
public sealed class LoneSurrogateInJsonLdTests
{
    private const string Body =
        "<article><h1>Council</h1><p>The council met on Monday to discuss the letter from the minister, which accused the former "
        + "colonial power of arming groups in the north of the country and flying drones over its airspace many times.</p>"
        + "<p>Another paragraph with more words so that the page holds enough article text to be read as an article.</p></article>";

    [Theory]
    [InlineData("""{"@type":"NewsArticle","headline":"Headline \ud800 cut"}""")]
    [InlineData("""{"@type":"NewsArticle","headline":"Council","publisher":{"name":"Pub \udc00"}}""")]
    public void APageWhoseJsonLdEscapesALoneSurrogate_IsStillRead(string jsonLd)
    {
        var page = $"""<html><head><title>Council</title><script type="application/ld+json">{jsonLd}</script></head><body>{Body}</body></html>""";

        var article = ArticleReader.Read("page.html", Encoding.UTF8.GetBytes(page));

        Assert.Contains(article.Paragraphs, paragraph => paragraph.Text.Contains("The council met on Monday", StringComparison.Ordinal));
    }
}
