using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

/// <summary>
/// Readers type ss for ß (a German keyboard is not at hand, and Swiss German writes ss throughout), and ae and oe for the
/// ligatures æ and œ: Unicode's full case folding makes ß ss, and search writes the two ligatures out as ICU's and
/// Lucene's folding do, so each spelling finds the other, marked as the text writes it.
/// </summary>
public sealed class SharpSAndLigatureSearchTests : IDisposable
{
    private readonly CurrentSnapshot _current = new();
    private readonly SearchService _search;

    public SharpSAndLigatureSearchTests()
    {
        var article = ArticleReader.Read("letters.md", Encoding.UTF8.GetBytes(TestContent.Article("Letters", "Test source", "letters",
            "The embassy stands on the Hauptstraße near the old bridge.",
            "Critics praised the Œuvre of the Malian photographer.",
            "Radio signals were once thought to travel through the æther.")));
        _current.Replace(new ContentSnapshot([article], new Dictionary<string, StoryInfo>(), [], "v1"));
        _search = new SearchService(_current);
    }

    [Theory]
    [InlineData("hauptstrasse", "letters-1", "Hauptstraße")]
    [InlineData("HAUPTSTRASSE", "letters-1", "Hauptstraße")]
    [InlineData("Hauptstraße", "letters-1", "Hauptstraße")]
    [InlineData("hauptstra*", "letters-1", "Hauptstraße")]
    [InlineData("oeuvre", "letters-2", "Œuvre")]
    [InlineData("œuvre", "letters-2", "Œuvre")]
    [InlineData("aether", "letters-3", "æther")]
    [InlineData("AETHER", "letters-3", "æther")]
    public void AWordTypedWithoutItsSharpSOrLigature_FindsItMarkedAsWritten(string typed, string paragraphId, string written)
    {
        var result = _search.Search(typed);

        Assert.Equal(paragraphId, Assert.Single(result.Hits).ParagraphId);
        Assert.Contains($"<mark>{written}</mark>", result.Hits[0].Snippet);
    }

    [Fact]
    public void AWordWithASharpS_IsFoundByItsSpellingWithSs_InThePlainText()
    {
        var article = ArticleReader.Read("street.md", Encoding.UTF8.GetBytes(TestContent.Article("Street", "Test source", "street",
            "The embassy stands on the Hauptstrasse near the old bridge.")));
        using var current = new CurrentSnapshot();
        current.Replace(new ContentSnapshot([article], new Dictionary<string, StoryInfo>(), [], "v1"));
        using var search = new SearchService(current);

        Assert.Equal("street-1", Assert.Single(search.Search("Hauptstraße").Hits).ParagraphId);
    }

    public void Dispose()
    {
        _search.Dispose();
        _current.Dispose();
    }
}
