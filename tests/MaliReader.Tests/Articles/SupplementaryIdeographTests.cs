using System.Net.Http.Json;
using CsCheck;
using MaliReader.Tests.Search;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;
using MaliReader.Web.Compare;
using MaliReader.Web.Search;

namespace MaliReader.Tests.Articles;

/// <summary>
/// Ideographs beyond the Basic Multilingual Plane (CJK Extensions B and on, as 𠮷 in the name 𠮷野家) are written as
/// surrogate pairs in a .NET string: search, comparison and the reading of saved pages take each as one character
/// written without spaces, never cut in two; a lone surrogate is no character and breaks nothing.
/// </summary>
public sealed class SupplementaryIdeographTests
{
    // Written escaped: test runners report lone surrogates all alike, as U+FFFD, and would take two rows for one.
    [Theory]
    [InlineData(@"\uD842\uDFB7野家", 2)] // 𠮷野家
    [InlineData(@"野家", 1)]
    [InlineData(@"\uD880\uDC00", 2)] // U+30000, Extension G
    [InlineData(@"a", 0)]
    [InlineData(@"\uD83D\uDE00", 0)] // an emoji
    [InlineData(@"", 0)]
    [InlineData(@"\uD842", 0)] // a lone high surrogate
    [InlineData(@"\uD842野", 0)]
    [InlineData(@"\uDFB7野", 0)] // a lone low surrogate
    public void UnspacedLength_TakesASurrogatePairWhole_AndNoLoneSurrogate(string escaped, int length) =>
        Assert.Equal(length, Words.UnspacedLength(System.Text.RegularExpressions.Regex.Unescape(escaped)));

    [Theory]
    [InlineData("𠮷", new[] { "𠮷" })]
    [InlineData("𠮷野家", new[] { "𠮷野", "野家" })]
    [InlineData("野𠮷家", new[] { "野𠮷", "𠮷家" })]
    [InlineData("𠀋𠮷", new[] { "𠀋𠮷" })]
    [InlineData("Mali 𠮷野家", new[] { "mali", "𠮷野", "野家" })]
    [InlineData("𠮷、野", new[] { "𠮷", "野" })]
    [InlineData("G7𠮷野", new[] { "g7", "𠮷野" })]
    // Unchanged for characters of the Basic Multilingual Plane.
    [InlineData("吉野家", new[] { "吉野", "野家" })]
    public void SearchTokens_CutARunHoldingASupplementaryIdeograph_IntoPairsOfWholeCharacters(string text, string[] forms) =>
        Assert.Equal(forms, SearchTokens.Of(text).Select(token => token.Form));

    [Theory]
    [InlineData("𠮷野家で", new[] { "𠮷", "野", "家", "で" })]
    [InlineData("𠮷々", new[] { "𠮷々" })]
    [InlineData("Mali 𠮷野", new[] { "Mali", "𠮷", "野" })]
    [InlineData("吉野家で", new[] { "吉", "野", "家", "で" })]
    // A mark after an iteration mark stays on it: a word of a mark alone is none (found by the property test below).
    [InlineData("時々\uFE00雨", new[] { "時々\uFE00", "雨" })]
    [InlineData("アー\u0E35", new[] { "アー\u0E35" })]
    public void CompareWords_KeepASupplementaryIdeographWhole_AsOneCharacterOfItsRun(string text, string[] words) =>
        Assert.Equal(words, CompareWords.Of(text).Select(word => word.Text));

    [Theory]
    [InlineData("𠮷野家", 2)]
    [InlineData("𠮷𠮷𠮷𠮷", 2)]
    [InlineData("吉野家", 2)]
    [InlineData("😀😀😀😀", 1)]
    public void PageBlocks_CountASupplementaryIdeographAsOneCharacter(string text, int words) =>
        Assert.Equal(words, PageBlocks.CountWords(text));

    // The size of a comparison, which decides whether a story is compared at all, counts words as a reader would.
    [Fact]
    public void StoryComparer_SizesAccountsOfSupplementaryIdeographs_AsItSizesTheSameTextOfBasicOnes()
    {
        static Article Account(string slug, string text) =>
            ArticleReader.Read($"{slug}.md", System.Text.Encoding.UTF8.GetBytes(TestContent.Article(slug, slug, "meeting", text, text)));

        var supplementary = new[] { Account("a", string.Concat(Enumerable.Repeat("𠮷野家で会合", 20))), Account("b", string.Concat(Enumerable.Repeat("𠮷野家の会合", 20))) };
        var basic = new[] { Account("a", string.Concat(Enumerable.Repeat("吉野家で会合", 20))), Account("b", string.Concat(Enumerable.Repeat("吉野家の会合", 20))) };

        Assert.Equal(StoryComparer.Extent(basic), StoryComparer.Extent(supplementary));
    }

    private const string WithSupplementary = "国連は𠮷野家で会合を開いた。";
    private const string WithBasicVariant = "住民は吉野川の近くに住む。";

    // 吉 (U+5409) is the common form of 𠮷 (U+20BB7), but another character: neither finds the other.
    [Theory]
    [InlineData("𠮷", new[] { "ja-1" }, "𠮷")]
    [InlineData("𠮷野", new[] { "ja-1" }, "𠮷野")]
    [InlineData("𠮷野家", new[] { "ja-1" }, "𠮷野家")]
    [InlineData("吉", new[] { "ja-2" }, "吉")]
    [InlineData("野", new[] { "ja-1", "ja-2" }, "野")]
    public async Task Search_FindsAnArticleByASupplementaryIdeograph_AloneOrInARun_AndMarksIt(string query, string[] paragraphs, string marked)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("ja.md", TestContent.Article("会合", "東京ニュース", "ja", WithSupplementary, WithBasicVariant));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(paragraphs, result!.Hits.Select(hit => hit.ParagraphId).Order(StringComparer.Ordinal));
        // The snippet is HTML, where a character beyond the Basic Multilingual Plane is written as a character reference.
        Assert.All(result.Hits, hit => Assert.Contains($"<mark>{marked}</mark>", System.Net.WebUtility.HtmlDecode(hit.Snippet), StringComparison.Ordinal));
    }

    // Text from pieces that meet at surrogates: whole pairs, lone halves of both kinds, and any character at all.
    private static readonly Gen<string> Text = Gen.Frequency(
            (4, Gen.OneOf<string>("𠮷", "\U00030000", "野", "々", "あ", "ア", "ー", "ก", "\u0E35", "a", "7", " ", "、", "😀", "\uFE00")),
            (2, Gen.OneOf<string>("\uD842", "\uDFB7", "\uD83D")),
            (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 24].Select(string.Concat);

    [Fact]
    public void NothingThrowsOrCutsASurrogatePair_OnTextWithLoneSurrogates()
    {
        Gen.Select(Text, Text).Sample((left, right) =>
        {
            Assert.All(SearchTokens.Of(left), token => AssertWhole(left, token.Start, token.Length));
            Assert.All(CompareWords.Of(left), word => AssertWhole(left, word.Start, word.Length));
            foreach (var difference in ParagraphDiffer.Differences(left, right))
            {
                Assert.All(new[] { (left, difference.Left), (right, difference.Right) }.Where(side => side.Item2 is not null),
                    side => AssertWhole(side.Item1, side.Item2!.Start, side.Item2.Length));
            }
            Assert.True(PageBlocks.CountWords(left) >= 0);
            var vocabulary = Vocabulary.Of(left, right);
            foreach (var token in SearchTokens.Of(right))
            {
                vocabulary.UnspacedPairsWith(token.Form);
            }
        });
    }

    private static void AssertWhole(string text, int start, int length)
    {
        Assert.False(start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]), $"cut before {start} in {Escaped(text)}");
        var end = start + length;
        Assert.False(end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]), $"cut at {end} in {Escaped(text)}");
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
}
