using System.Net.Http.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>
/// A saved page's "CO&lt;sub&gt;2&lt;/sub&gt;" is now written "CO₂", and "H&lt;sub&gt;2&lt;/sub&gt;O" "H₂O"; but the
/// lowered and raised digits are no letter or digit to the word reader, so the words indexed are "CO", "H" and "O":
/// a reader who types CO2 or H2O (as every keyboard writes them, and as the page read before this round) finds nothing.
/// </summary>
public sealed class SubscriptSearchTests
{
    [Theory]
    [InlineData("CO2")]
    [InlineData("H2O")]
    public async Task AFormulaWrittenWithASubscript_IsFoundAsTyped(string typed)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("emissions.html", Articles.WebPages.TestPages.Page(
            insideArticle: "<p>The plant near Kayes released 4,000 tonnes of CO<sub>2</sub> and used H<sub>2</sub>O from the river, the ministry said.</p>"));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(typed)}");

        var hit = Assert.Single(result!.Hits);
        Assert.Contains("Kayes", hit.Text, StringComparison.Ordinal);
    }
}
