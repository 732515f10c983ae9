using AngleSharp.Html.Parser;
using MaliReader.Web.Articles.WebPages;

namespace MaliReader.Tests.Articles.WebPages;

public class PageMetadataTests
{
    public static TheoryData<string, string, string, string?, string?> Rows => new()
    {
        // the page's head (and body), then title, source, url, published
        {
            """
            <title>Grain prices fall | Sahel Daily</title>
            <meta property="og:title" content="Grain prices fall in Mopti">
            <meta property="og:site_name" content="Sahel Daily">
            <meta property="article:published_time" content="2024-09-12T08:00:00Z">
            <link rel="canonical" href="https://news.example.org/2024/grain">
            """,
            "Grain prices fall in Mopti", "Sahel Daily", "https://news.example.org/2024/grain", "2024-09-12T08:00:00Z"
        },
        {
            """
            <title>Ignored</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Not this"},
              {"@type":["NewsArticle"],"headline":"Canals to be repaired","datePublished":"2024-10-01",
               "publisher":{"@type":"Organization","name":"Bamako Wire"},"mainEntityOfPage":{"@id":"https://wire.example.net/canals"}}]}</script>
            """,
            "Canals to be repaired", "Bamako Wire", "https://wire.example.net/canals", "2024-10-01"
        },
        {
            """
            <title>Rains arrive late in the Niger valley - Valley Times</title>
            <link rel="canonical" href="https://www.valleytimes.example.com/rains">
            """,
            "Rains arrive late in the Niger valley", "valleytimes.example.com", "https://www.valleytimes.example.com/rains", null
        },
        {
            "<title>Farm Report: Millet recovers after dry July</title></head><body><h1>Millet recovers after dry July</h1>",
            "Millet recovers after dry July", "Saved web page", null, null
        },
        {
            """
            <meta property="og:title" content="  Seed   for the next season ">
            <link rel="canonical" href="javascript:alert(1)">
            <meta property="og:url" content="https://example.org/seed">
            <script type="application/ld+json">{ not json </script>
            """,
            "Seed for the next season", "example.org", "https://example.org/seed", null
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Read_TakesTheArticlesMetadataFromThePage(string head, string title, string source, string? url, string? published)
    {
        using var document = new HtmlParser().ParseDocument($"<html><head>{head}</head><body></body></html>");

        var metadata = PageMetadata.Read(document, fallbackTitle: "fallback");

        Assert.Equal(new WebPageMetadata(title, source, url, published), metadata);
    }

    [Fact]
    public void Read_PageWithoutAnyTitle_FallsBackToTheGivenTitle()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><p>text</p></body></html>");

        Assert.Equal("harvest-report", PageMetadata.Read(document, "harvest-report").Title);
    }
}
