using System.Net.Http.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>
/// Greek writes sigma at the end of a word as ς in lower case and as Σ in capitals, whose lower case is σ: a word set
/// in capitals (a headline, a slogan, a name in a dateline) and the same word in running text are one word to a
/// reader, and search folds case, so each finds the other.
/// </summary>
public sealed class GreekCaseTests
{
    [Theory]
    [InlineData("υπουργός")]
    [InlineData("ΥΠΟΥΡΓΟΣ")]
    public async Task AGreekWordEndingInSigma_FindsItInCapitalsAndInLowerCase(string typed)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("greek.md", TestContent.Article("Greek minister", "Test source", "greek",
            "Ο ΥΠΟΥΡΓΟΣ ΜΙΛΗΣΕ ΣΤΟ ΣΥΜΒΟΥΛΙΟ ΤΗΝ ΔΕΥΤΕΡΑ.",
            "Ο υπουργός μίλησε στο συμβούλιο την Τρίτη."));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(typed)}");

        Assert.Equal(["greek-1", "greek-2"], result!.Hits.Select(hit => hit.ParagraphId).Order());
    }
}
