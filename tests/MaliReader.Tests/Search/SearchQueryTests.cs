using System.Text.RegularExpressions;
using MaliReader.Web.Search;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Search;

public sealed partial class SearchQueryTests
{
    private static readonly Vocabulary Articles = Vocabulary.Of(
        "Send an e-mail to the U.N. mission.", "The weapons and a weapon were found; the news came from the new government.");

    private static string? MatchOf(string raw) => new SearchPlan(SearchQuery.Parse(raw), Articles).Match;

    [Theory]
    [InlineData("coup", "\"coup\"")]
    [InlineData("  Malí  ", "\"mali\"")]
    [InlineData("Diop Timbuktu", "\"diop\" OR \"timbuktu\"")]
    [InlineData("diop DIOP Diop", "\"diop\"")]
    [InlineData("What did France do in Timbuktu?", "\"france\" OR \"timbuktu\"")]
    [InlineData("terror*", "\"terror\" *")]
    [InlineData("governm*", "\"governm\" *")]
    [InlineData("\"security council\"", "\"security council\"")]
    [InlineData("\"security council\" Diop", "(\"security council\") AND (\"security council\" OR \"diop\")")]
    [InlineData("\"security council\" the of", "\"security council\"")]
    [InlineData("\"an unclosed phrase", "\"an unclosed phrase\"")]
    [InlineData("weapons -ammunition", "((\"weapon\" OR \"weapons\")) NOT (\"ammunition\")")]
    [InlineData("news", "\"news\"")]
    [InlineData("France -\"former colonies\" -coup", "(\"france\") NOT (\"former colonies\" OR \"coup\")")]
    [InlineData("self-defense", "(\"self defense\" OR \"selfdefense\")")]
    [InlineData("email", "(\"email\" OR \"e mail\")")]
    [InlineData("e-mail", "(\"e mail\" OR \"email\")")]
    [InlineData("U.N.", "\"un\"")]
    [InlineData("UN", "\"un\"")]
    [InlineData("1,200", "\"1200\"")]
    [InlineData("１２００", "\"1200\"")]
    [InlineData("كَتَبَ", "\"كتب\"")]
    [InlineData("Mali’s", "\"mali\"")]
    [InlineData("Feisal's brother", "\"feisal\" OR \"brother\"")]
    [InlineData("\"Mali’s Sahel\"", "\"mali sahel\"")]
    [InlineData("O'Brien", "\"o brien\"")]
    [InlineData("the of", "\"the\" OR \"of\"")]
    [InlineData("AND", "\"and\"")]
    [InlineData("NEAR(", "\"near\"")]
    [InlineData("a OR", "\"a\" OR \"or\"")]
    [InlineData("title:foo", "\"title foo\"")]
    [InlineData("'; DROP TABLE paragraphs;--", "\"drop\" OR \"table\" OR \"paragraphs\"")]
    [InlineData("<script>alert(1)</script>", "\"script alert 1 script\"")]
    [InlineData("\u202EMali", "\"mali\"")]
    [InlineData("Ma\0li", "\"ma\" OR \"li\"")]
    [InlineData("😀 coup", "\"coup\"")]
    [InlineData("coup .", "\"coup\"")]
    public void Plan_BuildsAMatchOfQuotedFormsOnly(string raw, string expected)
    {
        Assert.Equal(expected, MatchOf(raw));
    }

    /// <summary>Every common quotation style marks a phrase; apostrophes inside or after words do not.</summary>
    [Theory]
    [InlineData("“France has repeatedly”")]
    [InlineData("”France has repeatedly“")]
    [InlineData("„France has repeatedly“")]
    [InlineData("«France has repeatedly»")]
    [InlineData("« France has repeatedly »")]
    [InlineData("»France has repeatedly«")]
    [InlineData("‹France has repeatedly›")]
    [InlineData("「France has repeatedly」")]
    [InlineData("『France has repeatedly』")]
    [InlineData("＂France has repeatedly＂")]
    [InlineData("〝France has repeatedly〞")]
    [InlineData("‘France has repeatedly’")]
    [InlineData("'France has repeatedly'")]
    [InlineData("\"France has repeatedly”")]
    public void Parse_AnyQuotationStyle_MarksAPhrase(string raw)
    {
        var query = SearchQuery.Parse(raw);

        var phrase = Assert.Single(query.Phrases);
        Assert.Equal(["france", "has", "repeatedly"], phrase.Tokens.Select(token => token.Form));
        Assert.Empty(query.RankedWords);
    }

    [Theory]
    [InlineData("Mali’s ’90s ministers’ letter", 0)]
    [InlineData("don't stop", 0)]
    [InlineData("‘France’s army’", 1)]
    public void Parse_Apostrophes_AreNoQuotationMarks(string raw, int phrases)
    {
        Assert.Equal(phrases, SearchQuery.Parse(raw).Phrases.Count);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("((((((")]
    [InlineData("-")]
    [InlineData("^")]
    [InlineData("😀")]
    [InlineData("\"\" * -")]
    public void Parse_WithoutLettersOrDigits_HasNothingToSearchAndSaysSo(string raw)
    {
        var query = SearchQuery.Parse(raw);

        Assert.False(query.HasSomethingToFind);
        Assert.Null(new SearchPlan(query, Articles).Match);
        Assert.NotNull(query.Message);
    }

    [Fact]
    public void Parse_ExclusionsOnly_HasNothingToSearchAndAsksForAWord()
    {
        var query = SearchQuery.Parse("-France -\"security council\"");

        Assert.Null(new SearchPlan(query, Articles).Match);
        Assert.Contains("Add a word", query.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Blank_HasNoMatchAndNoMessage()
    {
        var query = SearchQuery.Parse("   ");

        Assert.Null(new SearchPlan(query, Articles).Match);
        Assert.Null(query.Message);
    }

    [Theory]
    [InlineData("Who is the foreign minister of Mali?", new[] { "foreign", "minister", "Mali" })]
    [InlineData("the of what", new[] { "the", "of", "what" })]
    [InlineData("\"the council\" of Diop", new[] { "Diop" })]
    [InlineData("terror* the", new[] { "terror" })]
    public void RankedWords_LeaveOutStopWordsUnlessThatLeavesNothing(string raw, string[] expected)
    {
        var ranked = SearchQuery.Parse(raw).RankedWords.Select(word => string.Join(' ', word.Tokens.Select(token => token.Text)));

        Assert.Equal(expected, ranked);
    }

    [Fact]
    public void Parse_ManyWords_KeepsEveryOne()
    {
        var words = Enumerable.Range(1, 120).Select(i => $"word{i}");

        var query = SearchQuery.Parse(string.Join(' ', words));

        Assert.Equal(120, query.RankedWords.Count);
        Assert.Equal("word120", query.RankedWords[^1].Tokens[0].Text);
        Assert.Equal(120, new SearchPlan(query, Articles).Match!.Split(" OR ").Length);
    }

    [Fact]
    public void Tokens_KnowWhereTheyStandInTheQuery()
    {
        var query = SearchQuery.Parse(" Diopp \"Timbuktoo region\"");

        var tokens = query.Phrases.Concat(query.RankedWords).SelectMany(term => term.Tokens).OrderBy(token => token.Start);
        Assert.All(tokens, token => Assert.Equal(token.Text, query.Text.Substring(token.Start, token.Text.Length)));
    }

    public static TheoryData<string> Hostile => HostileInput.All;

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Parse_HostileInput_NeverLetsSyntaxThrough(string raw)
    {
        var match = MatchOf(raw);

        if (match is not null)
        {
            Assert.Matches(SafeMatch(), match);
        }
    }

    // Quoted runs of letters, digits, marks and spaces, joined only by the operators the translator writes.
    [GeneratedRegex("""^(?:\s|\(|\)|AND|OR|NOT|\*|"[\p{L}\p{N}\p{M} ]+")+$""")]
    private static partial Regex SafeMatch();
}
