using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>The repository's own story: RT's account and the unattributed translation.</summary>
public class SeedStoryComparisonTests
{
    private static readonly StoryComparison Comparison = StoryComparer.Compare(
        [Load(TestContent.RtSlug), Load(TestContent.TranslationSlug)]);

    private static Article Load(string slug)
    {
        var fileName = $"{slug}.md";
        var bytes = File.ReadAllBytes(Path.Combine(TestContent.SeedPath, fileName));
        return ArticleReader.Read(fileName, bytes);
    }

    private static string Rt(int n) => Paragraph.MakeId(TestContent.RtSlug, n);

    private static string Translation(int n) => Paragraph.MakeId(TestContent.TranslationSlug, n);

    private static IEnumerable<Difference> All => Comparison.Pairs.SelectMany(pair => pair.Differences);

    // Each RT paragraph, the translation's paragraphs that report the same thing (all must be paired
    // with it), and those that must not be: ¶1's self-defence threat is RT's alone; ¶3 is split
    // across the translation's ¶4 and ¶5; ¶5's request to the Council is the translation's ¶7, not
    // ¶4, which only shares the Council's and the minister's names; ¶7's departure of the last
    // soldiers is the translation's ¶8.
    [Theory]
    [InlineData(1, "", "")]
    [InlineData(2, "2", "4")]
    [InlineData(3, "4,5", "3")]
    [InlineData(4, "6", "")]
    [InlineData(5, "7", "4")]
    [InlineData(6, "10", "8")]
    [InlineData(7, "8", "")]
    public void EveryRtParagraph_PairsWithWhatTheTranslationReportsTheSame(int rt, string counterparts, string notCounterparts)
    {
        var paired = Comparison.CounterpartsOf(Rt(rt)).Select(c => c.Counterpart).ToList();

        Assert.All(Numbers(counterparts), n => Assert.Contains(Translation(n), paired));
        Assert.All(Numbers(notCounterparts), n => Assert.DoesNotContain(Translation(n), paired));
        Assert.Equal(counterparts.Length == 0, Comparison.Unmatched.Contains(Rt(rt)));
    }

    private static IEnumerable<int> Numbers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

    [Fact]
    public void SahelBecomingTheCoast_IsListedOnce_AndNeverAsAClaim()
    {
        Assert.Single(All, d => d.Kind == DifferenceKind.Term && d.Left?.Text == "Sahel");
        Assert.DoesNotContain(All, d => d.Kind == DifferenceKind.Claim && d.Left?.Text == "Sahel");
    }

    [Fact]
    public void NoDifference_IsListedTwice() =>
        Assert.Empty(All.Where(d => d.Kind != DifferenceKind.Claim)
            .GroupBy(d => (d.Kind, d.Left?.Text, d.Right?.Text))
            .Where(group => group.Count() > 1)
            .Select(group => group.Key));

    [Fact]
    public void AirspaceParagraph_PairsWithTheTranslationsFourth_NotItsThird()
    {
        var counterparts = Comparison.CounterpartsOf(Rt(3)).Select(c => c.Counterpart).ToList();

        Assert.Equal(Translation(4), counterparts[0]);
        Assert.DoesNotContain(Translation(3), counterparts);
    }

    [Fact]
    public void AirspaceParagraph_SplitAcrossTwoTranslationParagraphs_PairsWithBoth() =>
        Assert.Contains(Translation(5), Comparison.CounterpartsOf(Rt(3)).Select(c => c.Counterpart));

    [Fact]
    public void OverFiftyAndMoreThanFifty_IsNoDifference() =>
        Assert.DoesNotContain(All, d => d.Kind == DifferenceKind.Number);

    [Fact]
    public void MinistersFirstName_IsANameSpelledTwoWays() =>
        Assert.Contains(All, d => d is { Kind: DifferenceKind.Name, Left.Text: "Abdoulaye", Right.Text: "Abdallah" });

    [Fact]
    public void SahelBecomingTheCoast_IsATerm() =>
        Assert.Contains(All, d => d is { Kind: DifferenceKind.Term, Left.Text: "Sahel", Right.Text: "coast" });

    [Fact]
    public void TimbuktuHelicopterFlight_IsAClaimOfRtAlone() =>
        Assert.Contains(All, d => d is { Kind: DifferenceKind.Claim, Right: null } && d.Left!.Text.Contains("Timbuktu", StringComparison.Ordinal));

    [Fact]
    public void ChinasPresidencyOfTheCouncil_IsReportedByRtAlone()
    {
        var rtParagraphWithChina = Load(TestContent.RtSlug).Paragraphs.Single(p => p.Text.Contains("China", StringComparison.Ordinal));

        var asClaim = All.Any(d => d is { Kind: DifferenceKind.Claim, Right: null } && d.Left!.Text.Contains("China", StringComparison.Ordinal));
        Assert.True(asClaim || Comparison.Unmatched.Contains(rtParagraphWithChina.Id),
            "China's presidency is neither an unmatched paragraph nor a claim");
    }

    [Fact]
    public void EveryDifference_ShowsOnlyAFewWords_NeverAWholeParagraph()
    {
        var texts = new[] { Load(TestContent.RtSlug), Load(TestContent.TranslationSlug) }
            .SelectMany(a => a.Paragraphs).ToDictionary(p => p.Id, p => p.Text);
        foreach (var pair in Comparison.Pairs)
        {
            foreach (var difference in pair.Differences)
            {
                Assert.True(difference.Left is null || difference.Left.Text.Length < texts[pair.Left].Length);
                Assert.True(difference.Right is null || difference.Right.Text.Length < texts[pair.Right].Length);
            }
        }
    }
}
