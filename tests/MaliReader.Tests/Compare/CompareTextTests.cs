using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

public class CompareTextTests
{
    [Theory]
    [InlineData("Arms", "arm")]
    [InlineData("arming", "arm")]
    [InlineData("weapons", "weapon")]
    [InlineData("Malí", "mali")]
    [InlineData("gas", "gas")]
    [InlineData("operate", "oper")]
    [InlineData("operating", "oper")]
    [InlineData("countries", "countri")]
    [InlineData("news", "news")]
    [InlineData("2013", "2013")]
    [InlineData("three", "3")]
    [InlineData("Twelve", "12")]
    [InlineData("ninety", "90")]
    [InlineData("one", "one")]
    public void KeyOf_FoldsCaseAccentsAndRegularEndings(string word, string key) =>
        Assert.Equal(key, CompareWords.KeyOf(word));

    [Theory]
    [InlineData("the U.N. said", new[] { "the", "un", "said" })]
    [InlineData("1,000 soldiers", new[] { "1000", "soldier" })]
    [InlineData("over 50 flights, he said.", new[] { "over", "50", "flight", "he", "said" })]
    [InlineData("Mali’s Sahel", new[] { "mali", "s", "sahel" })]
    public void Of_KeepsInitialismsAndThousandsTogether(string text, string[] keys) =>
        Assert.Equal(keys, CompareWords.Of(text).Select(word => word.Key));

    [Fact]
    public void Of_GivesEachWordItsPlaceInTheText()
    {
        const string text = "Troops left the U.S. base.";
        var word = CompareWords.Of(text)[3];
        Assert.Equal("U.S", text.Substring(word.Start, word.Length));
    }

    [Theory]
    [InlineData("said", "said", 1.0)]
    [InlineData("israel", "israeli", 0.9)]
    [InlineData("50", "60", 0.0)]
    [InlineData("abdoulaye", "abdallah", 0.0)]
    [InlineData("sahel", "coast", 0.0)]
    public void WordMatch_CreditsOnlyTheSameWordOrACloseSpelling(string first, string second, double expected) =>
        Assert.Equal(expected, ParagraphSimilarity.WordMatch(first, second), 3);
}
