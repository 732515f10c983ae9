using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// Comparison folds case as search does (Unicode's case folding): a Greek word in capitals ends in Σ and in running text
/// in ς, and is one word; so are a word with ß and with ss, and with the ligatures æ and œ and written out. Two accounts
/// that differ only so state no difference there.
/// </summary>
public sealed class CaseFoldingCompareTests
{
    [Theory]
    [InlineData("ΥΠΟΥΡΓΟΣ", "υπουργός")]
    [InlineData("ΤΗΣ", "της")]
    [InlineData("Hauptstraße", "HAUPTSTRASSE")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("æther", "aether")]
    [InlineData("ﬁve", "five")]
    public void TwoSpellingsThatFoldAlike_HaveOneKey(string first, string second) =>
        Assert.Equal(CompareWords.KeyOf(first), CompareWords.KeyOf(second));

    [Theory]
    [InlineData("Ο ΥΠΟΥΡΓΟΣ ΜΙΛΗΣΕ ΣΤΟ ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΠΟΛΗΣ.", "Ο υπουργός μίλησε στο συμβούλιο της πόλης.")]
    [InlineData("The embassy on the Hauptstraße was closed.", "The embassy on the Hauptstrasse was closed.")]
    public void AccountsThatDifferOnlyInCaseOrSharpS_DifferInNothing(string first, string second) =>
        Assert.Empty(ParagraphDiffer.Differences(first, second));
}
