using System.Text.RegularExpressions;
using MaliReader.Web.Search;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Search;

public sealed partial class SearchQueryTests
{
    [Theory]
    [InlineData("coup", "\"coup\"")]
    [InlineData("  Malí  ", "\"Malí\"")]
    [InlineData("Diop Timbuktu", "\"Diop\" OR \"Timbuktu\"")]
    [InlineData("diop DIOP Diop", "\"diop\"")]
    [InlineData("What did France do in Timbuktu?", "\"France\" OR \"Timbuktu\"")]
    [InlineData("terror*", "\"terror\" *")]
    [InlineData("\"security council\"", "\"security council\"")]
    [InlineData("\"security council\" Diop", "(\"security council\") AND (\"security council\" OR \"Diop\")")]
    [InlineData("\"security council\" the of", "\"security council\"")]
    [InlineData("\"an unclosed phrase", "\"an unclosed phrase\"")]
    [InlineData("weapons -ammunition", "(\"weapons\") NOT (\"ammunition\")")]
    [InlineData("France -\"former colonies\" -coup", "(\"France\") NOT (\"former colonies\" OR \"coup\")")]
    [InlineData("self-defense", "\"self defense\"")]
    [InlineData("Mali’s", "\"Mali\"")]
    [InlineData("Feisal's brother", "\"Feisal\" OR \"brother\"")]
    [InlineData("\"Mali’s Sahel\"", "\"Mali s Sahel\"")]
    [InlineData("O'Brien", "\"O Brien\"")]
    [InlineData("the of", "\"the\" OR \"of\"")]
    [InlineData("AND", "\"AND\"")]
    [InlineData("NEAR(", "\"NEAR\"")]
    [InlineData("a OR", "\"a\" OR \"OR\"")]
    [InlineData("title:foo", "\"title foo\"")]
    [InlineData("'; DROP TABLE paragraphs;--", "\"DROP\" OR \"TABLE\" OR \"paragraphs\"")]
    [InlineData("<script>alert(1)</script>", "\"script alert 1 script\"")]
    [InlineData("\u202EMali", "\"Mali\"")]
    [InlineData("Ma\0li", "\"Ma\" OR \"li\"")]
    [InlineData("😀 coup", "\"coup\"")]
    [InlineData("coup .", "\"coup\"")]
    public void Parse_BuildsAMatchOfQuotedTermsOnly(string raw, string expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(raw).Match);
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

        Assert.Null(query.Match);
        Assert.NotNull(query.Message);
    }

    [Fact]
    public void Parse_ExclusionsOnly_HasNothingToSearchAndAsksForAWord()
    {
        var query = SearchQuery.Parse("-France -\"security council\"");

        Assert.Null(query.Match);
        Assert.Contains("Add a word", query.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Blank_HasNoMatchAndNoMessage()
    {
        var query = SearchQuery.Parse("   ");

        Assert.Null(query.Match);
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
    public void Parse_ManyWords_KeepsTheFirstSixteenAndSaysSo()
    {
        var words = Enumerable.Range(1, 40).Select(i => $"word{i}");

        var query = SearchQuery.Parse(string.Join(' ', words));

        Assert.Equal(SearchQuery.MaxTerms, query.RankedWords.Count);
        Assert.Equal("word16", query.RankedWords[^1].Tokens[0].Text);
        Assert.True(query.Truncated);
    }

    [Fact]
    public void Parse_StopWordsBetweenWords_DoNotCountTowardsTheLimit()
    {
        var words = Enumerable.Range(1, 16).Select(i => $"the word{i} of");

        var query = SearchQuery.Parse(string.Join(' ', words));

        Assert.Equal(16, query.RankedWords.Count);
        Assert.False(query.Truncated);
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
        var match = SearchQuery.Parse(raw).Match;

        if (match is not null)
        {
            Assert.Matches(SafeMatch(), match);
        }
    }

    // Quoted runs of letters, digits, marks and spaces, joined only by the operators the translator writes.
    [GeneratedRegex("""^(?:\s|\(|\)|AND|OR|NOT|\*|"[\p{L}\p{N}\p{M} ]+")+$""")]
    private static partial Regex SafeMatch();
}
