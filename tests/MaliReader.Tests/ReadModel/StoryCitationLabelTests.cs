using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Tests.ReadModel;

/// <summary>
/// How a story cites each of its accounts: by its source label, unless another account of the story shares it; then by
/// what tells them apart in their headings (their dates, else their titles), else by their places among them.
/// </summary>
public sealed class StoryCitationLabelTests
{
    private static Article Account(string slug, string source, string title = "On the fire", string? published = null) =>
        new(slug, $"{slug}.md", title, source, null, null, published, "fire", [], []);

    private static IEnumerable<string> Labels(params Article[] accounts)
    {
        var story = new Story("fire", null, accounts);
        return accounts.Select(story.CitationLabelOf);
    }

    [Fact]
    public void DistinctSources_AreCitedByTheirLabelsAsBefore() =>
        Assert.Equal(["RT", "Unattributed translation", "Reuters"], Labels(
            Account("rt", "RT", published: "4 March"),
            Account("translation", "Unattributed translation (citing Reuters)", published: "4 March"),
            Account("reuters", "Reuters", published: "4 March")));

    [Fact]
    public void OneSourceTwice_IsToldApartByDate() =>
        Assert.Equal(["Reuters (4 March)", "RT", "Reuters (5 March)"], Labels(
            Account("a", "Reuters", published: "4 March"),
            Account("b", "RT", published: "4 March"),
            Account("c", "Reuters", published: "5 March")));

    [Theory]
    [InlineData("4 March", "4 March")]
    [InlineData("4 March", null)]
    [InlineData(null, null)]
    public void OneSourceTwice_OnOneDateOrUndated_IsToldApartByTitle(string? first, string? second) =>
        Assert.Equal(["Reuters (“Mali accuses France”)", "Reuters (“France denies arming jihadists”)"], Labels(
            Account("a", "Reuters", "Mali accuses France", first),
            Account("b", "Reuters", "France denies arming jihadists", second)));

    [Fact]
    public void OneSourceThrice_WithTitlesAndDatesAlike_IsToldApartByPlace() =>
        Assert.Equal(["Reuters (1)", "AFP", "Reuters (2)", "Reuters (3)"], Labels(
            Account("a", "Reuters", published: "4 March"),
            Account("b", "AFP"),
            Account("c", "Reuters", published: "4 March"),
            Account("d", "Reuters", published: "5 March")));

    [Fact]
    public void SourcesThatDifferOnlyInTheirParentheticalOrCase_AreToldApart() =>
        Assert.Equal(["Reuters (4 March)", "Reuters (5 March)", "REUTERS (6 March)"], Labels(
            Account("a", "Reuters (via RFI)", published: "4 March"),
            Account("b", "Reuters (via Le Monde)", published: "5 March"),
            Account("c", "REUTERS", published: "6 March")));

    [Fact]
    public void AnAccountOfAnotherStory_IsCitedByItsOwnLabel()
    {
        var story = new Story("fire", null, [Account("a", "Reuters", published: "4 March"), Account("b", "Reuters", published: "5 March")]);

        Assert.Equal("Reuters", story.CitationLabelOf(Account("elsewhere", "Reuters")));
    }
}
