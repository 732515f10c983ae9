using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>
/// A search of up to 500 characters is answered, counted as a reader counts them: a letter typed as a base and
/// combining marks (e + U+0301, as some systems send é; a decomposed Vietnamese ệ) or an Indic conjunct is one, however
/// many code points it takes. Before, each code point counted, and 300 such letters were refused as "600 characters".
/// The work a query can ask for stays bounded: one letter carrying thousands of marks is refused, saying why.
/// </summary>
public sealed class SearchLengthAsAReaderCountsTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    public static TheoryData<string, string> ThreeHundredLetters => new()
    {
        { "e with a combining acute", string.Concat(Enumerable.Repeat("e\u0301", 300)) },
        { "Vietnamese ệ: e, dot below, circumflex", string.Concat(Enumerable.Repeat("e\u0323\u0302", 300)) },
        { "Devanagari क्ष, one letter to its readers", string.Concat(Enumerable.Repeat("\u0915\u094D\u0937", 300)) },
    };

    [Theory]
    [MemberData(nameof(ThreeHundredLetters))]
    public async Task ASearchOfThreeHundredLetters_IsNotRefusedAsTooLong(string what, string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {(int)response.StatusCode} {body}");
    }

    [Fact]
    public async Task OneLetterCarryingNineThousandMarks_IsRefused_SayingHowManyCodeUnitsASearchMayTake()
    {
        using var client = _app.CreateClient();
        var query = "e" + new string('\u0301', 9_000);
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 8,000 UTF-16 code units", body, StringComparison.Ordinal);
        Assert.Contains("this one takes 9,001", body, StringComparison.Ordinal);
    }
}
