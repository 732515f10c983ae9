using System.Net.Http.Json;
using System.Text.Json;
using MaliReader.Tests.Compare;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>A search hit tells how the story's other accounts put it, the same on the page and in the API.</summary>
public sealed class SearchCounterpartsTests(ComparisonApp app) : IClassFixture<ComparisonApp>
{
    private static readonly string[] CounterpartFields = ["slug", "paragraphId", "n", "text", "citation", "url"];

    private readonly MaliReaderApp _app = app.Factory;

    private async Task<ApiHit> ApiHitAsync(string query, string paragraphId)
    {
        using var client = _app.CreateClient();
        var result = (await client.GetFromJsonAsync<ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}"))!;
        return Assert.Single(result.Hits, hit => hit.ParagraphId == paragraphId);
    }

    [Fact]
    public async Task ApiHit_CarriesTheOtherAccountsParagraph_WithItsOwnSpellingAndStableLink()
    {
        // Only the wire spells the harbour master "Brandvold"; the daily writes "Brandvoll".
        var hit = await ApiHitAsync("Brandvold", "harbour-wire-1");

        var daily = Assert.Single(hit.Counterparts, c => c.Slug == "harbour-daily");
        Assert.Equal("harbour-daily-2", daily.ParagraphId);
        Assert.Equal(2, daily.N);
        Assert.Equal("Harbour Daily ¶2", daily.Citation);
        Assert.Contains("Brandvoll", daily.Text, StringComparison.Ordinal);
        Assert.StartsWith("/p/harbour-daily/", daily.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(hit.Counterparts, c => c.Slug == hit.Slug);
    }

    [Fact]
    public async Task ApiHit_ThatNoOtherAccountReports_HasAnEmptyCounterpartsArray()
    {
        using var client = _app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=strike"));

        var hit = json.RootElement.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("paragraphId").GetString() == "harbour-daily-5");
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("counterparts").ValueKind);
        Assert.Equal(0, hit.GetProperty("counterparts").GetArrayLength());
    }

    [Theory]
    [InlineData("Brandvold")]
    [InlineData("harbour")]
    [InlineData("strike")]
    public async Task ThePageAndTheApi_ShowTheSameCounterparts(string query)
    {
        using var client = _app.CreateClient();
        var api = (await client.GetFromJsonAsync<ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}&limit=50"))!;
        var page = await _app.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var shown = page.QuerySelectorAll(".search-hit").ToDictionary(
            hit => hit.GetAttribute("data-paragraph-id")!,
            hit => hit.QuerySelectorAll(".search-counterpart footer a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList());
        Assert.NotEmpty(api.Hits);
        Assert.All(api.Hits, hit => Assert.Equal(hit.Counterparts.Select(c => (c.Citation, c.Url)), shown[hit.ParagraphId]));
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheCounterparts()
    {
        using var client = _app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var counterparts = schemas.GetProperty("SearchHit").GetProperty("properties").GetProperty("counterparts");
        Assert.Equal("array", counterparts.GetProperty("type").GetString());
        var properties = schemas.GetProperty("SearchCounterpart").GetProperty("properties");
        Assert.All(CounterpartFields, name => Assert.True(properties.TryGetProperty(name, out _), name));
        var description = document.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("description").GetString();
        Assert.Contains("counterparts", description, StringComparison.Ordinal);
    }

    private sealed record ApiResult(IReadOnlyList<ApiHit> Hits);

    private sealed record ApiHit(string Slug, string ParagraphId, IReadOnlyList<ApiCounterpart> Counterparts);

    private sealed record ApiCounterpart(string Slug, string ParagraphId, int N, string Text, string Citation, string Url);
}
