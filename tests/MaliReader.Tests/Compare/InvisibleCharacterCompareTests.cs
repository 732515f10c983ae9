using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// Comparison cuts words as search does: a character that shows nothing (a soft hyphen, a zero-width space, a word joiner,
/// a zero-width joiner) inside a word leaves the word the reader sees, so an account holding one scores as the same
/// visible text does and shows no difference there.
/// </summary>
public sealed class InvisibleCharacterCompareTests
{
    private const string Plain = "The international garrison in Timbuktu was named by the ministry on Monday.";
    private const string Invisible = "The inter\u00ADnational garrison in Tim\u200Bbuktu\u200B was named by the minis\u2060try on Monday.";

    [Fact]
    public void AWordWithAnInvisibleCharacterInside_IsOneWord_WithTheKeyOfTheWordSeen()
    {
        var words = CompareWords.Of(Invisible);

        Assert.Equal(CompareWords.Of(Plain).Select(word => word.Key), words.Select(word => word.Key));
        Assert.Equal("inter\u00ADnational", words[1].Text);
        Assert.Equal("Tim\u200Bbuktu", words[4].Text);
    }

    [Fact]
    public void AParagraphWithInvisibleCharacters_ScoresAsTheSameVisibleText()
    {
        var weights = WordWeights.From([Plain, Invisible, "Storms close schools", "Markets rise on oil news"]);
        var similarity = new ParagraphSimilarity(weights);

        Assert.Equal(similarity.Of(Plain, Plain), similarity.Of(Plain, Invisible), precision: 12);
    }

    [Fact]
    public void AParagraphWithInvisibleCharacters_DiffersInNothingFromTheSameVisibleText() =>
        Assert.Empty(ParagraphDiffer.Differences(Plain, Invisible));

    [Theory]
    [InlineData("東京\u200B都", new[] { "東", "京", "都" })]
    [InlineData("हिन्\u200Dदी भाषा", new[] { "हिन्\u200Dदी", "भाषा" })]
    [InlineData("می\u200Cخواهم", new[] { "می\u200Cخواهم" })]
    public void InOtherScripts_AnInvisibleCharacterIsNoWordAndSplitsNone(string text, string[] words) =>
        Assert.Equal(words, CompareWords.Of(text).Select(word => word.Text));
}
