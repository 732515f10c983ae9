using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

public class ParagraphDifferTests
{
    [Theory]
    [InlineData("The airspace was breached over 50 times this year.", "The airspace was breached more than 50 times this year.")]
    [InlineData("France sent arms to Mali on Monday.", "On Monday, France sent arms to Mali.")]
    [InlineData("The Minister said: “It is over.”", "the minister said it is over")]
    [InlineData("Troops from Syria crossed at dawn.", "Syrian troops crossed at dawn.")]
    [InlineData("Three soldiers were wounded.", "3 soldiers were wounded.")]
    public void Phrasing_IsNoDifference(string left, string right) =>
        Assert.Empty(ParagraphDiffer.Differences(left, right));

    [Theory]
    [InlineData("The airspace was breached 50 times this year.", "The airspace was breached 60 times this year.", DifferenceKind.Number, "50", "60")]
    [InlineData("Three soldiers were wounded.", "Five soldiers were wounded.", DifferenceKind.Number, "Three", "Five")]
    [InlineData("The letter is dated Monday and was published later.", "The letter is dated Tuesday and was published later.", DifferenceKind.Number, "Monday", "Tuesday")]
    [InlineData("foreign minister Abdoulaye Diop wrote in a letter", "foreign minister Abdallah Diop wrote in a letter", DifferenceKind.Name, "Abdoulaye", "Abdallah")]
    [InlineData("according to the harbour master Ilse Brandvoll.", "according to the harbour master Ilse Brandvold.", DifferenceKind.Name, "Brandvoll", "Brandvold")]
    [InlineData("the governor Marta Kowalczyk said on Saturday", "the governor Marta Kovalchik said on Saturday", DifferenceKind.Name, "Kowalczyk", "Kovalchik")]
    [InlineData("The depot, opened in 1987, stored 4,000 tonnes of wheat.", "It stored 6,000 tonnes of wheat.", DifferenceKind.Number, "4,000", "6,000")]
    [InlineData("Built in 1962, it carried 300 cars a day.", "It carried 300 cars a day since 1964.", DifferenceKind.Number, "1962", "1964")]
    [InlineData("terrorist groups operating in the Sahel and", "terrorist groups operating on the coast and", DifferenceKind.Term, "Sahel", "coast")]
    public void Change_IsTypedAndShowsOnlyTheDifferingWords(string left, string right, DifferenceKind kind, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));
        Assert.Equal(kind, difference.Kind);
        Assert.Equal(leftWords, difference.Left?.Text);
        Assert.Equal(rightWords, difference.Right?.Text);
        Assert.Equal(leftWords, left.Substring(difference.Left!.Start, difference.Left.Length));
    }

    // Typed tags and Markdown emphasis are not words: the quoted words are those a reader sees, whole.
    [Theory]
    [InlineData("The minister flew to <b>Paris</b> on Monday.", "The minister flew to Rome on Monday.", false, "Paris", "Rome")]
    [InlineData("The minister flew to **Paris** on Monday.", "The minister flew to Rome on Monday.", true, "Paris", "Rome")]
    [InlineData("The minister flew to <span class=\"place\">Paris</span> on Monday.", "The minister flew to <em>Rome</em> on Monday.", false, "Paris", "Rome")]
    public void ADifferenceInMarkup_QuotesTheWordsAReaderSees(string left, string right, bool inlineMarkup, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right, inlineMarkup, inlineMarkup));

        Assert.Equal(DifferenceKind.Term, difference.Kind);
        Assert.Equal((leftWords, rightWords), (difference.Left?.Text, difference.Right?.Text));
    }

    [Theory]
    [InlineData("Diop also met <i>the French envoy</i> in Bamako on Friday.", false)]
    [InlineData("Diop also met <b>Macron</b> in Bamako, he added.", false)]
    [InlineData("Diop published [the letter](https://example.org/mali-letter \"Letter\") in Bamako on Friday.", true)]
    public void AClaimInMarkup_NeverStartsOrEndsInsideIt(string text, bool inlineMarkup)
    {
        string[] other = ["Mali wrote to the Security Council about the drone flights."];
        var similarity = new ParagraphSimilarity(WordWeights.From([text, .. other]));

        var claims = ClaimFinder.Unreported(text, other, similarity, inlineMarkup);

        Assert.NotEmpty(claims);
        Assert.All(claims, claim =>
        {
            Assert.DoesNotMatch(@"^[\w/]*>|<[\w/]*$", claim.Text);
            Assert.DoesNotContain("example", claim.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Letter", claim.Text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("The old warehouse opened in 1987 and stored 4,000 tonnes of grain.", "Edited: the warehouse opened in 1988 and stored 4,000 tonnes of grain.", "old|1987", "Edited|1988")]
    [InlineData("Same words here.", "Same words here!", "", "")]
    [InlineData("The mayor resigned.", "The mayor resigned on Sunday evening.", "", "on Sunday evening")]
    public void ChangedWords_AreEveryWordAnEditChanged_AsRunsOfEachSide(string before, string after, string removed, string added)
    {
        var (old, @new) = ParagraphDiffer.ChangedWords(before, after);

        Assert.Equal(removed, string.Join('|', old.Select(range => range.Text)));
        Assert.Equal(added, string.Join('|', @new.Select(range => range.Text)));
        Assert.All(@new, range => Assert.Equal(range.Text, after.Substring(range.Start, range.Length)));
    }

    [Fact]
    public void ChangedWords_OfAMarkdownPassage_AreWordsAReaderSees_NotALinksAddress()
    {
        var (old, @new) = ParagraphDiffer.ChangedWords(
            "The [report](https://example.org/old-report) was published.",
            "The [report](https://example.org/new-report) was withdrawn.",
            inlineMarkup: true);

        Assert.Equal("published", string.Join('|', old.Select(range => range.Text)));
        Assert.Equal("withdrawn", string.Join('|', @new.Select(range => range.Text)));
    }
}
