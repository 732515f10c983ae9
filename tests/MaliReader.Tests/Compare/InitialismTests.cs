using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

public class InitialismTests
{
    [Theory]
    [InlineData("U.N.", "UN")]
    [InlineData("NATO", "NATO")]
    [InlineData("UNSC", "UNSC")]
    [InlineData("A", null)]
    [InlineData("Paris", null)]
    [InlineData("ABCDEFG", null)]
    [InlineData("2013", null)]
    public void LettersOf_IsTheCapitalsOfAnAbbreviation_OrNull(string word, string? letters) =>
        Assert.Equal(letters, Initialisms.LettersOf(CompareWords.Of(word)[0]));

    [Theory]
    [InlineData("Mali wrote to the UN Security Council on Monday.", "Mali wrote to the United Nations Security Council on Monday.")]
    [InlineData("Troops left the US base in Niger.", "Troops left the United States base in Niger.")]
    [InlineData("The U.N. envoy arrived in Bamako.", "The United Nations envoy arrived in Bamako.")]
    [InlineData("The EU imposed new sanctions.", "The European Union imposed new sanctions.")]
    [InlineData("The AU sent observers to the vote.", "The African Union sent observers to the vote.")]
    [InlineData("Diop asked the UNSC president for a meeting.", "Diop asked the United Nations Security Council president for a meeting.")]
    [InlineData("The BIS warned central banks.", "The Bank for International Settlements warned central banks.")]
    public void AnAbbreviationBesideItsSpelledOutForm_IsNoDifference(string left, string right)
    {
        Assert.Empty(ParagraphDiffer.Differences(left, right));
        Assert.Empty(ParagraphDiffer.Differences(right, left));
    }

    [Theory]
    [InlineData("The UN envoy arrived in Bamako.", "The OSCE envoy arrived in Bamako.", "UN", "OSCE")]
    [InlineData("The EU envoy arrived in Bamako.", "The Eastern envoy arrived in Bamako.", "EU", "Eastern")]
    public void AnAbbreviationWhoseInitialsTheOtherDoesNotSpell_IsStillATerm(string left, string right, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));
        Assert.Equal(DifferenceKind.Term, difference.Kind);
        Assert.Equal((leftWords, rightWords), (difference.Left?.Text, difference.Right?.Text));
    }

    [Fact]
    public void AnAbbreviation_CountsAsAMatchInTheSimilarity()
    {
        const string abbreviated = "Mali asked the UN Security Council to meet.";
        const string spelledOut = "Mali asked the United Nations Security Council to meet.";
        var similarity = new ParagraphSimilarity(WordWeights.From([abbreviated, spelledOut, "France closed its embassy."]));

        Assert.Equal(1, similarity.Of(abbreviated, spelledOut), 3);
        Assert.True(similarity.Of("Mali asked the UK Security Council to meet.", spelledOut) < 0.9);
    }

    [Fact]
    public void AnAbbreviationTheOtherAccountSpellsOut_IsNoClaim()
    {
        const string text = "Diop wrote to the UNSC president, who is from China.";
        string[] other = ["Diop wrote to the president of the United Nations Security Council."];
        var similarity = new ParagraphSimilarity(WordWeights.From([text, .. other]));

        var claims = ClaimFinder.Unreported(text, other, similarity);

        Assert.DoesNotContain(claims, claim => claim.Text.Contains("UNSC", StringComparison.Ordinal));
        Assert.Contains(claims, claim => claim.Text.Contains("China", StringComparison.Ordinal));
    }

    // Capitalised words spell an abbreviation by chance, as scored headline pairs show: a sentence's
    // opening word before the pronoun "I", a title-cased headline whose words happen to start with
    // the abbreviation's letters while the other headline writes the abbreviation itself.
    [Theory]
    [InlineData("Although I doubt it, the plan may work.", "She backed the strong AI position.")]
    [InlineData("US Warns Over Gas Use in Syria", "U.S. Condemns Gas Use by Syria")]
    [InlineData("Officials say US Use in Syria was confirmed", "The US confirmed it")]
    public void CapitalisedWordsThatSpellAnAbbreviationByChance_AreNotItsSpelledOutForm(string first, string second)
    {
        var (firstWords, secondWords) = (CompareWords.Of(first), CompareWords.Of(second));

        Assert.Empty(Initialisms.Explained(firstWords, secondWords));
        Assert.Empty(Initialisms.Explained(secondWords, firstWords));
    }

    [Theory]
    [InlineData("General Electric posts a drop in profit", "GE posts a drop in profit", "General Electric")]
    [InlineData("Kenya Supreme Court upholds the result", "Kenya SC upholds the result", "Supreme Court")]
    [InlineData("Reading the book: Getting Things Done.", "The GTD method, by its author.", "Getting Things Done")]
    public void ARealSpellingOut_OpeningASentenceOrNot_IsStillFound(string spelledOut, string abbreviated, string expected)
    {
        var words = CompareWords.Of(spelledOut);

        var explained = Initialisms.Explained(words, CompareWords.Of(abbreviated));

        Assert.Equal(expected, string.Join(' ', explained.Order().Select(i => words[i].Text)));
    }
}
