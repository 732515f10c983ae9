using System.Net.Http.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>
/// A raised or lowered digit after a number is a power or a base (10⁶, 2³, 1010₂): read as the plain digit it ran into the
/// number before it, so "10⁶" was indexed as "106", a search for 106 found a paragraph about a million people, and a
/// search for 10⁶ found one about a hundred and six. After a letter it is part of a formula or a unit (CO₂, km²), which
/// readers type with plain digits, and either spelling finds the other.
/// </summary>
public sealed class RaisedDigitSearchTests
{
    private static async Task<IReadOnlyList<string>> HitsFor(string written, string typed, string query)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("written.md", TestContent.Article("Displaced", "Agency", "written",
            $"About {written} residents had fled Menaka before the rainy season, the agency reported."));
        content.Write("typed.md", TestContent.Article("Convoy", "Radio", "typed",
            $"A convoy of {typed} lorries reached Gao on Thursday with grain and medicine."));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}");
        return [.. result!.Hits.Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData("10⁶", "106")]
    [InlineData("2³", "23")]
    [InlineData("1010₂", "10102")]
    [InlineData("10⁻³", "3")]
    [InlineData("2ⁿ", "2n")]
    public async Task ThePlainNumber_DoesNotFindAPowerOrABase(string written, string typed) =>
        Assert.Equal(["typed-1"], await HitsFor(written, typed, typed));

    [Theory]
    [InlineData("10⁶", "106")]
    [InlineData("2³", "23")]
    [InlineData("1010₂", "10102")]
    public async Task APowerOrABase_FindsItselfAndNotThePlainNumber(string written, string typed) =>
        Assert.Equal(["written-1"], await HitsFor(written, typed, written));

    [Theory]
    [InlineData("CO₂", "CO2")]
    [InlineData("km²", "km2")]
    [InlineData("H₂O", "H2O")]
    public async Task AFormulaOrAUnit_WrittenEitherWay_FindsBoth(string written, string typed)
    {
        Assert.Equal(["typed-1", "written-1"], await HitsFor(written, typed, typed));
        Assert.Equal(["typed-1", "written-1"], await HitsFor(written, typed, written));
    }
}
