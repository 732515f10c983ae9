using CsCheck;
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

    // Scripts written without spaces are cut into characters (a Thai vowel sign stays with its
    // consonant); letters and digits of other scripts beside them stay whole.
    [Theory]
    [InlineData("東京で地震", new[] { "東", "京", "で", "地", "震" })]
    [InlineData("政府は", new[] { "政", "府", "は" })]
    [InlineData("G7各国", new[] { "G7", "各", "国" })]
    [InlineData("2013年に", new[] { "2013", "年", "に" })]
    [InlineData("ทหาร", new[] { "ท", "ห", "า", "ร" })]
    [InlineData("มี", new[] { "มี" })]
    [InlineData("Mali 政府 said", new[] { "Mali", "政", "府", "said" })]
    public void Of_CutsScriptsWrittenWithoutSpacesIntoCharacters(string text, string[] words) =>
        Assert.Equal(words, CompareWords.Of(text).Select(word => word.Text));

    [Fact]
    public void TwoJapaneseAccounts_DifferByTheWordThatChanged_NotTheWholeRun()
    {
        var difference = Assert.Single(ParagraphDiffer.Differences("マリ政府は月曜日に50回の侵犯を報告した。", "マリ政府は月曜日に60回の侵犯を報告した。"));

        Assert.Equal(DifferenceKind.Number, difference.Kind);
        Assert.Equal(("50", "60"), (difference.Left?.Text, difference.Right?.Text));
    }

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

    [Theory]
    [InlineData("banana", "bandana", 0.667)]
    [InlineData("aaaa", "aaa", 1.0)]
    [InlineData("a", "b", 0.0)]
    [InlineData("", "", 0.0)]
    public void SpellingSimilarity_IsTheDiceCoefficientOfPaddedTrigrams(string first, string second, double expected) =>
        Assert.Equal(expected, ParagraphSimilarity.SpellingSimilarity(first, second), 3);

    /// <summary>Words short and long (past the stack buffer), with repeated letters and letters of other scripts.</summary>
    [Fact]
    public void SpellingSimilarity_AgreesWithTrigramSetsOnGeneratedWords()
    {
        var word = Gen.Frequency((4, Gen.Char['a', 'e']), (1, Gen.Char['à', 'æ']), (1, Gen.Char['一', '三'])).Array[1, 80]
            .Select(letters => new string(letters));
        Gen.Select(word, word).Sample((first, second) =>
            Math.Abs(ParagraphSimilarity.SpellingSimilarity(first, second) - DiceOfTrigramSets(first, second)) < 1e-12);
    }

    private static double DiceOfTrigramSets(string first, string second)
    {
        static HashSet<string> Trigrams(string word)
        {
            var padded = $"#{word}#";
            return Enumerable.Range(0, padded.Length - 2).Select(i => padded.Substring(i, 3)).ToHashSet(StringComparer.Ordinal);
        }
        var (a, b) = (Trigrams(first), Trigrams(second));
        return 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
    }
}
