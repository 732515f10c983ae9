using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// "Did you mean": offered for a word the articles lack, only when the suggestion finds what the query
/// did not (a paragraph holding more of its words, or at least twice the paragraphs), and never the query itself.
/// </summary>
public sealed class SuggestionTests : IDisposable
{
    private readonly CurrentSnapshot _current = new();
    private readonly SearchService _search;

    public SuggestionTests()
    {
        string[][] articles =
        [
            ["The mayor of Timbuktu met Diop and the government in the Timbuktu region after the drought.", "Diop wrote to the government about the drought."],
            ["Mali asked for help. Mali said the army would stay in Mali.", "The government of Mali met in Bamako."],
            ["Mali sent its ministers abroad.", "Mali signed the treaty."],
            ["Cattle prices fell in Omaha, Nebraska, as the harvest came in."],
            ["كتب وزير الخارجية رسالة إلى مجلس الأمن.", "Weapons were flown in 1963."],
        ];
        var read = articles.Select((paragraphs, i) =>
            ArticleReader.Read($"article-{i}.md", Encoding.UTF8.GetBytes(TestContent.Article($"Article {i}", "Wire", $"story-{i}", paragraphs))));
        _current.Replace(new ContentSnapshot(read, new Dictionary<string, StoryInfo>(), [], "v1"));
        _search = new SearchService(_current);
    }

    [Theory]
    // Misspelt words that find nothing: the articles' word, written as the reader wrote theirs.
    [InlineData("Timbuktoo", "Timbuktu")]
    [InlineData("TIMBUKTOO", "TIMBUKTU")]
    [InlineData("timbucktu", "timbuktu")]
    [InlineData("Mlai", "Mali")]
    [InlineData("\"Timbuktoo region\"", "\"Timbuktu region\"")]
    [InlineData("Timbuktoo gover*", "Timbuktu gover*")]
    // Another script: a letter too many in an Arabic word.
    [InlineData("كتبب", "كتب")]
    // A typo among known words, when some paragraph holds more words of the correction than of the query.
    [InlineData("Diopp drought", "Diop drought")]
    [InlineData("the mayor of Timbuktoo met Diop after the drought", "the mayor of Timbuktu met Diop after the drought")]
    // A typo beside a word that finds few paragraphs: the correction finds twice as many.
    [InlineData("Diopp Bamako", "Diop Bamako")]
    public void Suggestion_IsTheArticlesWordAndFindsWhatTheQueryDidNot(string query, string expected)
    {
        var result = _search.Search(query);

        Assert.Equal(expected, result.Suggestion);
        var suggested = _search.Search(expected);
        Assert.NotEmpty(suggested.Hits);
        Assert.True(suggested.Total > result.Total || suggested.Hits.Max(hit => hit.WordsHeld) > result.Hits.Select(hit => hit.WordsHeld).DefaultIfEmpty().Max(),
            $"{expected}: {suggested.Total} paragraphs; {query}: {result.Total}");
        Assert.Null(suggested.Suggestion);
    }

    [Theory]
    // Words the articles hold, as written or in another form.
    [InlineData("Timbuktu")]
    [InlineData("governments")]
    [InlineData("weapon")]
    [InlineData("MALI")]
    // Names two edits from an article word of their length are other names, not typos.
    [InlineData("Obama")]
    // Numbers, one and two letters: not corrected; nor corrected into a stop word.
    [InlineData("1964")]
    [InlineData("x")]
    [InlineData("zq")]
    [InlineData("teh")]
    // Far from every article word, in any script.
    [InlineData("xylophone")]
    [InlineData("Κρήτη")]
    [InlineData("東京")]
    // A typo beside a word that already finds many paragraphs, when no paragraph holds both words of the
    // correction: it would add one paragraph to many.
    [InlineData("Mali Omahaa")]
    // The correction is a word the query already holds: it would find the same.
    [InlineData("Timbuktu Timbuktoo")]
    // A prefix is unfinished on purpose.
    [InlineData("Timbukt*")]
    [InlineData("")]
    public void Suggestion_IsNoneWhenItWouldNotFindMore(string query)
    {
        Assert.Null(_search.Search(query).Suggestion);
    }

    /// <summary>What a paragraph must hold to hold every term: each phrase and each ranked word in a form that counts, and no exclusion.</summary>
    [Theory]
    [InlineData("Diop drought", 2, 2)]
    [InlineData("Diop drought -mayor", 1, 1)]
    [InlineData("weapon 1963", 1, 1)]
    [InlineData("\"Timbuktu region\" Diop", 1, 1)]
    [InlineData("Mali Omaha", 5, 0)]
    [InlineData("governm* Bamako", 3, 1)]
    public void Search_CountsMatchingParagraphsAndThoseHoldingEveryTerm(string query, int total, int matchingAll)
    {
        var result = _search.Search(query);

        Assert.Equal((total, matchingAll), (result.Total, result.MatchingAll));
    }

    [Fact]
    public void Suggestion_IsNeverTheQueryItself()
    {
        foreach (var query in new[] { "Timbuktoo", "Diopp drought", "Mali Omahaa", "kitab", "Timbuktu Timbuktoo" })
        {
            Assert.NotEqual(query, _search.Search(query).Suggestion, StringComparer.OrdinalIgnoreCase);
        }
    }

    public void Dispose()
    {
        _search.Dispose();
        _current.Dispose();
    }
}
