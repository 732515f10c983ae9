using System.Text;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.BreakIt6;

// Found by hostile testing: a saved page whose JSON-LD escapes a lone surrogate ("\ud800", which JSON allows to be written
// but which is no text) makes reading it throw an exception other than ContentFileException, which ingest does not expect.
public sealed class LoneSurrogateInPageTests
{
    private const string Body =
        "<article><h1>Council</h1><p>The council met on Monday to discuss the letter from the minister, which accused the former "
        + "colonial power of arming groups in the north of the country and flying drones over its airspace many times.</p>"
        + "<p>Another paragraph with more words so that the page holds enough article text to be read as an article.</p></article>";

    [Theory]
    [InlineData("""{"@type":"NewsArticle","headline":"Headline \ud800 cut"}""")]
    [InlineData("""{"@type":"NewsArticle","headline":"Council","publisher":{"name":"Pub \udc00"}}""")]
    public void APageWhoseJsonLdEscapesALoneSurrogate_IsReadOrRefused_WithoutOtherExceptions(string jsonLd)
    {
        var page = $"""<html><head><script type="application/ld+json">{jsonLd}</script></head><body>{Body}</body></html>""";

        var exception = Record.Exception(() => ArticleReader.Read("page.html", Encoding.UTF8.GetBytes(page)));

        Assert.True(exception is null or ContentFileException, $"threw {exception?.GetType().Name}: {exception?.Message}");
    }
}
