using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// A claim the other account never reports is quoted in the "What differs" panel and in /api/compare as
/// the words a reader sees: from a paragraph with bold and a link, no asterisks ("blocked bridges** at
/// dawn") and no cut at the link's hidden address.
/// </summary>
public sealed class ClaimQuoteMarkupTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);

    public void Dispose() => _content.Dispose();

    private void WriteAgencyAccount() =>
        _content.Write("flood-a.md", TestContent.Article("Floods hit Valencia", "Agency A", "floods",
            "Three people died on Tuesday when floods swept through Valencia, the regional government said.",
            "Rescue teams pulled 42 people from flooded cars along the main road."));

    [Fact]
    public async Task AClaimQuotedFromAMarkdownParagraph_HoldsNoMarkupCharacters()
    {
        WriteAgencyAccount();
        _content.Write("flood-b.md", TestContent.Article("Valencia floods kill three", "Outlet B", "floods",
            "Three people died on Tuesday as floods swept across Valencia, according to the regional government.",
            "Rescuers pulled 40 people out of flooded cars on the main highway, **while [the army cleared](https://army.example/a_b) the blocked bridges** at dawn near the port."));
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/compare?story=floods"));

        var claims = json.RootElement.GetProperty("pairs").EnumerateArray()
            .SelectMany(pair => pair.GetProperty("differences").EnumerateArray())
            .Where(difference => difference.GetProperty("kind").GetString() == "claim")
            .Select(difference => difference.GetProperty("right").GetString() ?? "")
            .ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, claim => Assert.DoesNotContain("**", claim));
    }

    [Fact]
    public async Task TheDifferencesPanel_QuotesClaimsAndLoneParagraphsWithoutMarkup()
    {
        WriteAgencyAccount();
        _content.Write("flood-b.md", TestContent.Article("Valencia floods kill three", "Outlet B", "floods",
            "Three people died on Tuesday as floods swept across Valencia, according to the regional government.",
            "Rescuers pulled 40 people out of flooded cars on the main highway, **while [the army cleared](https://army.example/a_b) the blocked bridges** at dawn near the port.",
            "**Insurers** expect [claims](https://insurers.example/claims) to reach *two billion euros* by the end of the `year`."));
        using var app = new MaliReaderApp(_content);

        var page = await app.GetDocumentAsync("/?story=floods");

        var quotes = page.QuerySelectorAll(".difference-list q").Select(q => q.TextContent).ToList();
        Assert.Contains(quotes, quote => quote.StartsWith("Insurers expect claims to reach two billion euros", StringComparison.Ordinal));
        Assert.Contains(quotes, quote => quote.Contains("army cleared the blocked bridges", StringComparison.Ordinal));
        Assert.All(quotes, quote => Assert.DoesNotContain(quote, c => c is '*' or '[' or ']' or '`'));
        Assert.All(quotes, quote => Assert.DoesNotContain("example", quote, StringComparison.Ordinal));
    }

    // A quote is the words a reader sees, whole: no emphasis or link syntax, and a link's hidden
    // address ("(https://…)", with its colon and brackets) is no clause break.
    [Theory]
    [InlineData("Rescuers pulled 40 people from cars, **while [the army cleared](https://army.example/a_b) the blocked bridges** at dawn.", "army cleared the blocked bridges at dawn")]
    [InlineData("Rescuers pulled 40 people from cars, while *the army* cleared `the blocked bridges` at dawn.", "army cleared the blocked bridges at dawn")]
    [InlineData("Rescuers pulled 40 people from cars, while the \\*army\\* cleared [the blocked bridges](https://x.example/?a=1;b=2 \"Bridges: a list\") at dawn.", "army* cleared the blocked bridges at dawn")]
    public void AClaimInAMarkdownParagraph_IsQuotedAsShown_AndWhole(string text, string quote)
    {
        string[] other = ["Rescue teams pulled 42 people from flooded cars."];
        var similarity = new ParagraphSimilarity(WordWeights.From([text, .. other]));

        var claim = Assert.Single(ClaimFinder.Unreported(text, other, similarity, inlineMarkup: true));

        Assert.Equal(quote, claim.Text);
    }

    [Fact]
    public void AnUnmentionedNameInBold_IsQuotedWithoutTheAsterisks()
    {
        const string text = "Rescue teams pulled 42 people from flooded cars, said **Marta Kowalczyk**, the governor.";
        string[] other = ["Rescue teams pulled 42 people from flooded cars."];
        var similarity = new ParagraphSimilarity(WordWeights.From([text, .. other]));

        var claims = ClaimFinder.Unreported(text, other, similarity, inlineMarkup: true);

        Assert.Contains(claims, claim => claim.Text.Contains("Kowalczyk", StringComparison.Ordinal));
        Assert.All(claims, claim => Assert.DoesNotContain("*", claim.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The minister flew to **Paris** on Monday.", "The minister flew to *Rome* on Monday.", "Paris", "Rome")]
    [InlineData("The minister flew to [Paris](https://example.org/paris) on Monday.", "The minister flew to `Rome` on Monday.", "Paris", "Rome")]
    [InlineData("Diop met **Abdoulaye Kane** on Monday.", "Diop met **Abdallah** Kane on Monday.", "Abdoulaye", "Abdallah")]
    [InlineData("联合国向**巴伦**西亚提供援助。", "联合国向[马德里](https://example.org/madrid)提供援助。", "巴伦西亚", "马德里")]
    public void ADifferenceBetweenMarkdownParagraphs_QuotesNoMarkup(string left, string right, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right, leftMarkup: true, rightMarkup: true));

        Assert.Equal((leftWords, rightWords), (difference.Left?.Text, difference.Right?.Text));
    }
}
