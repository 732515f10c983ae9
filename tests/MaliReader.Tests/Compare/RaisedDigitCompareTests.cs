using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// Comparison reads raised and lowered digits as search does. After a letter they are part of a formula or a unit that
/// another account writes with plain digits (CO₂ and CO2, km² and km2): the same word, no difference; a changed term was
/// listed. After a number they are a power or a base (10⁶, 1010₂), which is another number than the plain digits run in:
/// a difference of number, however the number before them is written (full-width digits were folded with the power, so
/// "１０⁶" read as 106 and showed no difference from it).
/// </summary>
public sealed class RaisedDigitCompareTests
{
    private static string Sentence(string words) =>
        $"The plant near Kayes released {words} last year, the ministry said in its report on Tuesday.";

    [Theory]
    [InlineData("4,000 tonnes of CO₂", "4,000 tonnes of CO2")]
    [InlineData("water H₂O", "water H2O")]
    [InlineData("dust over 12 km²", "dust over 12 km2")]
    [InlineData("12 m³ of waste", "12 m3 of waste")]
    public void AFormulaOrAUnit_WrittenWithPlainDigits_IsNoDifference(string written, string typed) =>
        Assert.Empty(ParagraphDiffer.Differences(Sentence(written), Sentence(typed)));

    [Theory]
    [InlineData("CO₂", "CO2")]
    [InlineData("km²", "km2")]
    public void AFormulaOrAUnit_HasTheKeyOfItsPlainSpelling(string written, string typed) =>
        Assert.Equal(CompareWords.KeyOf(typed), CompareWords.KeyOf(written));

    [Theory]
    [InlineData("10⁶ tonnes", "106 tonnes")]
    [InlineData("１０⁶ tonnes", "106 tonnes")]
    [InlineData("2³ tonnes", "23 tonnes")]
    [InlineData("1010₂ tonnes", "10102 tonnes")]
    public void APowerOrABase_DiffersAsANumberFromThePlainDigits(string written, string typed)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(Sentence(written), Sentence(typed)));

        Assert.Equal(DifferenceKind.Number, difference.Kind);
    }

    [Fact]
    public void APowerAfterFullWidthDigits_IsThePowerAfterPlainDigits() =>
        Assert.Empty(ParagraphDiffer.Differences(Sentence("１０⁶ tonnes"), Sentence("10⁶ tonnes")));
}
