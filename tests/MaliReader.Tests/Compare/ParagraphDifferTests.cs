using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

public class ParagraphDifferTests
{
    [Theory]
    [InlineData("The airspace was breached over 50 times this year.", "The airspace was breached more than 50 times this year.")]
    [InlineData("France sent arms to Mali on Monday.", "On Monday, France sent arms to Mali.")]
    [InlineData("The Minister said: “It is over.”", "the minister said it is over")]
    [InlineData("Troops from Syria crossed at dawn.", "Syrian troops crossed at dawn.")]
    public void Phrasing_IsNoDifference(string left, string right) =>
        Assert.Empty(ParagraphDiffer.Differences(left, right));

    [Theory]
    [InlineData("The airspace was breached 50 times this year.", "The airspace was breached 60 times this year.", DifferenceKind.Number, "50", "60")]
    [InlineData("The letter is dated Monday and was published later.", "The letter is dated Tuesday and was published later.", DifferenceKind.Number, "Monday", "Tuesday")]
    [InlineData("foreign minister Abdoulaye Diop wrote in a letter", "foreign minister Abdallah Diop wrote in a letter", DifferenceKind.Name, "Abdoulaye", "Abdallah")]
    [InlineData("the governor Marta Kowalczyk said on Saturday", "the governor Marta Kovalchik said on Saturday", DifferenceKind.Name, "Kowalczyk", "Kovalchik")]
    [InlineData("terrorist groups operating in the Sahel and", "terrorist groups operating on the coast and", DifferenceKind.Term, "Sahel", "coast")]
    public void Change_IsTypedAndShowsOnlyTheDifferingWords(string left, string right, DifferenceKind kind, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));
        Assert.Equal(kind, difference.Kind);
        Assert.Equal(leftWords, difference.Left?.Text);
        Assert.Equal(rightWords, difference.Right?.Text);
        Assert.Equal(leftWords, left.Substring(difference.Left!.Start, difference.Left.Length));
    }
}
