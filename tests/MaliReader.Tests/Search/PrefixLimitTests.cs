using System.Net;
using System.Text.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>A prefix that stands for more of the library's words than a search expands is refused with a message, not searched for minutes.</summary>
public sealed class PrefixLimitTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly MaliReaderApp _app;

    public PrefixLimitTests()
    {
        // 1,100 distinct words zq1000 … zq2099: "zq*" begins all of them, "zq1*" exactly the limit.
        var words = string.Join(' ', Enumerable.Range(1000, 1100).Select(n => $"zq{n}"));
        _content.Write("numbered.md", TestContent.Article("Numbered", "S", "numbered", "A list follows.", words));
        _app = new MaliReaderApp(_content);
    }

    [Fact]
    public async Task A_prefix_past_the_limit_gets_a_400_saying_to_type_more()
    {
        var response = await _app.CreateClient().GetAsync("/api/search?q=zq*");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("“zq*” begins more than 1,000 different words", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_prefix_at_the_limit_is_searched()
    {
        var response = await _app.CreateClient().GetAsync("/api/search?q=zq1*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, answer.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_search_page_explains_it_too()
    {
        var page = await _app.GetDocumentAsync("/search?q=zq*");

        Assert.Contains("begins more than 1,000 different words", page.QuerySelector(".search-message")?.TextContent);
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }
}
