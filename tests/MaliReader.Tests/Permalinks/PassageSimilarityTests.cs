using MaliReader.Web.Permalinks;

namespace MaliReader.Tests.Permalinks;

public sealed class PassageSimilarityTests
{
    [Theory]
    // Same words in the same order, whatever the case, punctuation or diacritics.
    [InlineData("Mali accused France of arming jihadists.", "Mali accused France of arming jihadists.", 1.0)]
    [InlineData("Malí accused FRANCE, of arming “jihadists”!", "mali accused france of arming jihadists", 1.0)]
    [InlineData("Mali", "mali.", 1.0)]
    // One word of nine changed: two of eight word pairs differ on each side (6 shared of 8 + 8).
    [InlineData("the quick brown fox jumps over the lazy dog", "the quick brown fox leaps over the lazy dog", 0.75)]
    // A passage cut to its first three words: 2 shared pairs of 4 + 2.
    [InlineData("one two three four five", "one two three", 0.667)]
    // The same words in another order share no pair.
    [InlineData("alpha beta gamma delta", "delta gamma beta alpha", 0.0)]
    [InlineData("Mali wrote to the council", "France left its bases", 0.0)]
    [InlineData("", "", 0.0)]
    [InlineData("", "Mali wrote to the council", 0.0)]
    [InlineData("...", "!!!", 0.0)]
    public void Of_ScoresSharedWordPairs(string first, string second, double expected)
    {
        Assert.Equal(expected, PassageSimilarity.Of(first, second), precision: 3);
        Assert.Equal(expected, PassageSimilarity.Of(second, first), precision: 3);
    }
}
