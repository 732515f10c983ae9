using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("diop", "diop", 0)]
    [InlineData("diopp", "diop", 1)]
    [InlineData("timbuktoo", "timbuktu", 2)]
    [InlineData("mlai", "mali", 1)]
    [InlineData("abcd", "badc", 2)]
    [InlineData("coup", "", 4)]
    public void EditDistance_CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, max: 10));
    }

    [Fact]
    public void EditDistance_StopsCountingPastTheMaximum()
    {
        Assert.True(EditDistance.Between("kitten", "sitting", max: 1) > 1);
    }

    private static readonly Vocabulary Articles = Vocabulary.Of(
        "Diop wrote to the UN. Diop asked the council. A drop of rain.",
        "Two members were flown to the Timbuktu region of Malí.",
        "The cost of the war, the cost of peace, the cost of arms; a cast of thousands.",
        "The news reached the new government by e-mail: weapons, a weapon, general and generous aid.");

    [Theory]
    [InlineData("Diopp", "diop")]
    [InlineData("Timbuktoo", "timbuktu")]
    [InlineData("TIMBUKTOO", "timbuktu")]
    [InlineData("Malii", "mali")]
    [InlineData("mlai", "mali")]
    [InlineData("cxst", "cost")]
    public void Closest_IsTheNearestArticleWordThenTheMostFrequent(string typed, string expected)
    {
        Assert.Equal(expected, Articles.Closest(typed));
    }

    [Theory]
    [InlineData("diop")]
    [InlineData("Malí")]
    [InlineData("xqzv")]
    [InlineData("xylophone")]
    [InlineData("theo")]
    [InlineData("2013")]
    [InlineData("x")]
    public void Closest_IsNullForKnownWordsWordsTooFarAndWordsNotWorthCorrecting(string typed)
    {
        Assert.Null(Articles.Closest(typed));
    }

    [Fact]
    public void Vocabulary_FoldsCaseAndDiacritics()
    {
        Assert.True(Articles.Contains("MALI"));
        Assert.True(Articles.Contains("mali"));
        Assert.False(Articles.Contains("malian"));
    }

    /// <summary>Forms count as one word when they share an English (Porter2) stem; a stem collision of the older Porter stemmer does not.</summary>
    [Theory]
    [InlineData("weapon", new[] { "weapon", "weapons" })]
    [InlineData("weapons", new[] { "weapon", "weapons" })]
    [InlineData("news", new[] { "news" })]
    [InlineData("new", new[] { "new" })]
    [InlineData("general", new[] { "general" })]
    [InlineData("generous", new[] { "generous" })]
    [InlineData("costs", new[] { "cost" })]
    [InlineData("unheard", new string[0])]
    public void Variants_AreTheArticleFormsOfTheSameWord(string form, string[] expected)
    {
        Assert.Equal(expected, Articles.Variants(form));
    }

    [Fact]
    public void HyphenatedSpellings_OfAClosedForm_AreThoseTheArticlesUse()
    {
        Assert.Equal([["e", "mail"]], Articles.HyphenatedSpellings("email"));
        Assert.True(Articles.Knows("email"));
        Assert.Empty(Articles.HyphenatedSpellings("mail"));
    }
}
