using System.Net.Http.Json;
using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;

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

    [Theory]
    // Another word, typed in capitals or in lower case, found written the other way.
    [InlineData("ΤΗΣ", "της")]
    [InlineData("της", "ΤΗΣ")]
    [InlineData("Αθηνάς", "ΑΘΗΝΑΣ")]
    public void AGreekWordEndingInSigma_FindsItWrittenInTheOtherCase(string typed, string written)
    {
        using var search = SearchOf([$"Η απόφαση {written} κυβέρνησης ανακοινώθηκε χθες."]);

        var result = search.Search(typed);

        Assert.Equal("greek-1", Assert.Single(result.Hits).ParagraphId);
        Assert.Contains($"<mark>{written}</mark>", result.Hits[0].Snippet);
        Assert.Null(result.Suggestion);
    }

    [Theory]
    // The text writes the word in lower case and in capitals: the suggestion is the word as running text writes it.
    [InlineData("οδόος", "οδός")]
    [InlineData("Οδόος", "Οδός")]
    public void DidYouMean_SuggestsTheWordAsTheTextWritesIt_NotItsFoldedForm(string typed, string suggested)
    {
        using var search = SearchOf(["Η ΟΔΟΣ ΕΚΛΕΙΣΕ ΓΙΑ ΤΗΝ ΠΟΡΕΙΑ.", "Η οδός άνοιξε ξανά το απόγευμα.", "Η οδός έμεινε ανοιχτή."]);

        Assert.Equal(suggested, search.Search(typed).Suggestion);
    }

    [Fact]
    public void DidYouMean_OfAWordTheTextWritesOnlyInCapitals_EndsItInFinalSigma()
    {
        using var search = SearchOf(["Η ΟΔΟΣ ΕΚΛΕΙΣΕ ΓΙΑ ΤΗΝ ΠΟΡΕΙΑ.", "ΚΛΕΙΣΤΗ Η ΟΔΟΣ ΚΑΙ ΣΗΜΕΡΑ."]);

        Assert.Equal("οδος", search.Search("οδοος").Suggestion);
        Assert.Equal(2, search.Search("οδος").Total);
    }

    private static GreekSearch SearchOf(string[] paragraphs) => new(paragraphs);

    /// <summary>Search over one article of <paramref name="paragraphs"/>, answered without the web app.</summary>
    private sealed class GreekSearch : IDisposable
    {
        private readonly CurrentSnapshot _current = new();
        private readonly SearchService _search;

        public GreekSearch(string[] paragraphs)
        {
            var article = ArticleReader.Read("greek.md", Encoding.UTF8.GetBytes(TestContent.Article("Greek", "Test source", "greek", paragraphs)));
            _current.Replace(new ContentSnapshot([article], new Dictionary<string, StoryInfo>(), [], "v1"));
            _search = new SearchService(_current);
        }

        public SearchResult Search(string query) => _search.Search(query);

        public void Dispose()
        {
            _search.Dispose();
            _current.Dispose();
        }
    }
}
