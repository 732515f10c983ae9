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
