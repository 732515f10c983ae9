using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

public class StoryComparerTests
{
    private static Article Account(string slug, string source, params string[] paragraphs) =>
        Read($"{slug}.md", TestContent.Article($"{source} on the footbridge", source, "footbridge", paragraphs));

    private static Article Read(string fileName, string markdown) =>
        ArticleReader.Read(fileName, Encoding.UTF8.GetBytes(markdown));

    private static IEnumerable<(string, string)> PairIds(StoryComparison comparison) =>
        comparison.Pairs.Select(pair => (pair.Left, pair.Right));

    // A made-up event told three ways: the second account changes a name and a number, splits the
    // history paragraph in two, tells the rescue before the history and adds a protest; the third is
    // short and puts a place in other words.
    private static readonly Article Wire = Account("wire", "Wire",
        "A footbridge over the Varna river collapsed on Saturday in the town of Kestrel Falls, injuring 14 people, the regional governor Marta Kowalczyk said.",
        "The bridge, built in 1962, had been closed for repairs twice in the past decade, and engineers had warned the town council last spring that its steel cables were badly corroded.",
        "Rescue teams pulled six people from the freezing water within an hour; all of them were taken to the district hospital in Brenna.",
        "The governor ordered an inspection of every bridge in the province and promised compensation to the families of the injured.");

    private static readonly Article Local = Account("local", "Local paper",
        "At least 17 people were injured on Saturday when a footbridge over the Varna river collapsed in Kestrel Falls, according to the regional governor Marta Kovalchik.",
        "Rescue teams pulled six people out of the freezing water within an hour and took them to the district hospital in Brenna.",
        "The bridge was built in 1962 and had been closed for repairs twice in the past decade.",
        "Last spring, engineers warned the town council that the steel cables of the bridge were badly corroded.",
        "Dozens of residents gathered outside the town hall on Sunday evening to demand the resignation of the mayor.",
        "The governor ordered an inspection of every bridge in the province and promised compensation to the families of the injured.");

    private static readonly Article Radio = Account("radio", "Radio",
        "A footbridge over the Varna river collapsed on Saturday in Kestrel Falls, injuring 14 people.",
        "Six people were pulled from the freezing water and taken to the district hospital in the capital.");

    [Fact]
    public void MadeUpStory_PairsEachParagraphWithWhatReportsTheSameThing()
    {
        var comparison = StoryComparer.Compare([Wire, Local]);

        Assert.Equal(["wire", "local"], comparison.Accounts);
        Assert.Equal(
            new[] { ("wire-1", "local-1"), ("wire-2", "local-3"), ("wire-2", "local-4"), ("wire-3", "local-2"), ("wire-4", "local-6") }.Order(),
            PairIds(comparison).Order());
        Assert.Equal(["local-5"], comparison.Unmatched);
    }

    [Fact]
    public void MadeUpStory_TypesTheChangedNameAndNumber()
    {
        var comparison = StoryComparer.Compare([Wire, Local]);
        var opening = comparison.Pairs.Single(pair => pair.Left == "wire-1");

        Assert.Contains(opening.Differences, d => d is { Kind: DifferenceKind.Name, Left.Text: "Kowalczyk", Right.Text: "Kovalchik" });
        Assert.Contains(opening.Differences, d => d is { Kind: DifferenceKind.Number, Left.Text: "14", Right.Text: "17" });
        Assert.All(comparison.Pairs.Where(pair => pair.Left == "wire-4").SelectMany(pair => pair.Differences), d => Assert.Fail($"identical paragraphs differ: {d}"));
    }

    [Fact]
    public void ThreeAccounts_ArePairedEachWithEach_AndAPlaceInOtherWordsIsATerm()
    {
        var comparison = StoryComparer.Compare([Wire, Local, Radio]);

        Assert.Contains(("wire-1", "radio-1"), PairIds(comparison));
        Assert.Contains(("local-1", "radio-1"), PairIds(comparison));
        var rescue = comparison.Pairs.Single(pair => pair is { Left: "wire-3", Right: "radio-2" });
        Assert.Contains(rescue.Differences, d => d is { Kind: DifferenceKind.Term, Left.Text: "Brenna", Right.Text: "capital" });
        Assert.DoesNotContain("local-5", comparison.Pairs.SelectMany(pair => new[] { pair.Left, pair.Right }));
    }

    [Fact]
    public void ClauseReportedByOneAccountOnly_IsAClaim()
    {
        var longer = Account("longer", "Longer",
            "The governor ordered an inspection of every bridge in the province, and the army sent two engineering battalions to rebuild the crossing.");
        var shorter = Account("shorter", "Shorter",
            "The governor ordered an inspection of every bridge in the province.");

        var pair = Assert.Single(StoryComparer.Compare([longer, shorter]).Pairs);

        var claim = Assert.Single(pair.Differences);
        Assert.Equal(DifferenceKind.Claim, claim.Kind);
        Assert.Null(claim.Right);
        Assert.Contains("engineering battalions", claim.Left?.Text, StringComparison.Ordinal);
    }

    // The whole library is these two accounts of one paragraph each, so every shared word is in every paragraph.
    [Fact]
    public void TwoOneParagraphAccounts_AloneInTheLibrary_PairWhenTheyTellOneEvent()
    {
        var first = Account("first", "First",
            "A cargo ship ran aground off the Faroe Islands on Tuesday night, spilling diesel into the harbour of Tvoroyri.");
        var second = Account("second", "Second",
            "The cargo ship that ran aground near Tvoroyri late on Tuesday is leaking diesel into the harbour, the coastguard said.");
        var library = WordWeights.From([.. first.Paragraphs.Select(p => p.Text), .. second.Paragraphs.Select(p => p.Text)]);

        var comparison = StoryComparer.Compare([first, second], library);

        Assert.Equal([("first-1", "second-1")], PairIds(comparison));
        Assert.Empty(comparison.Unmatched);
    }

    [Fact]
    public void TwoOneParagraphAccounts_AloneInTheLibrary_DoNotPairWhenTheyTellDifferentEvents()
    {
        var first = Account("first", "First",
            "A cargo ship ran aground off the Faroe Islands on Tuesday night, spilling diesel into the harbour of Tvoroyri.");
        var second = Account("second", "Second",
            "The city council of Tvoroyri approved a new budget for its schools and roads on Tuesday.");
        var library = WordWeights.From([.. first.Paragraphs.Select(p => p.Text), .. second.Paragraphs.Select(p => p.Text)]);

        var comparison = StoryComparer.Compare([first, second], library);

        Assert.Empty(comparison.Pairs);
        Assert.Equal(2, comparison.Unmatched.Count);
    }

    [Fact]
    public void ParagraphsSharingOnlyCommonWords_AreNotPaired()
    {
        var first = Account("first", "First",
            "Mali said France must answer for the drone flights over Gao.",
            "Mali said France had closed its embassy in Bamako.");
        var second = Account("second", "Second",
            "France said Mali had expelled the ambassador after the vote in Niamey.",
            "France said Mali would hold elections in February under a new charter.");

        var comparison = StoryComparer.Compare([first, second]);

        Assert.Empty(comparison.Pairs);
        Assert.Equal(4, comparison.Unmatched.Count);
    }

    [Fact]
    public void AShortPieceSplitOffALongParagraph_PairsWithIt_ButAFewSharedWordsDoNot()
    {
        var whole = Account("whole", "Whole",
            "The depot, opened in 1987 on the east bank, stored about 4,000 tonnes of wheat bound for export, and its owners said most of it was lost.",
            "Dock unions called a strike for Friday to demand new safety rules.");
        var pieces = Account("pieces", "Pieces",
            "The depot was opened in 1987.",
            "Its owners said it was lost.",
            "A storm closed the east road on Friday.");

        var comparison = StoryComparer.Compare([whole, pieces]);

        Assert.Contains(("whole-1", "pieces-1"), PairIds(comparison));
        Assert.Contains("pieces-3", comparison.Unmatched);
    }

    [Fact]
    public void AParaphraseWhoseWordsAPairedParagraphShares_PairsWhereItsNeighboursPutIt()
    {
        // The gazette's third paragraph repeats the cost from its second, so its closest words are
        // in the daily's second paragraph; what it reports (the call on the transport authority)
        // the daily puts in other words, between the same neighbours.
        var gazette = Account("gazette", "Gazette",
            "The city council of Orvath voted on Monday to close the old tram depot on Lindgate Street after inspectors found cracks in its roof beams.",
            "Mayor Teodor Halloran told the council that closing the depot would cost the city 2 million crowns a year in lost rent.",
            "Halloran asked the regional transport authority to call an urgent hearing, saying the city could not lose 2 million crowns a year.",
            "Tram drivers' unions said they would strike on Friday if no new depot was found.");
        var daily = Account("daily", "Daily",
            "Orvath's council decided on Monday that the tram depot on Lindgate Street will close, because inspectors found cracks in the roof beams.",
            "Addressing the council, Mayor Teodor Halloran said that closing the depot would cost the city 2 million crowns each year in rent.",
            "The mayor also wants the transport authority to step in as soon as possible.",
            "Unions of tram drivers threatened a strike on Friday unless a new depot is found.");

        var comparison = StoryComparer.Compare([gazette, daily]);

        Assert.Equal(
            new[] { ("gazette-1", "daily-1"), ("gazette-2", "daily-2"), ("gazette-3", "daily-3"), ("gazette-4", "daily-4") },
            PairIds(comparison).Order());
        Assert.Empty(comparison.Unmatched);
    }

    [Fact]
    public void ATermChangedInSeveralParagraphs_IsListedOnce_AndIsNoClaim()
    {
        var wire = Account("wire", "Wire",
            "Floods cut the road to Kestrel Falls on Saturday, and the army sent boats to Lowmarsh.",
            "The governor said Lowmarsh would get 40 tonnes of food aid by Monday.");
        var radio = Account("radio", "Radio",
            "Floods cut the road to Kestrel Falls on Saturday, and the army sent boats to the Delta.",
            "The governor said the Delta would get 40 tonnes of food aid by Monday.");

        var differences = StoryComparer.Compare([wire, radio]).Pairs.SelectMany(pair => pair.Differences).ToList();

        var term = Assert.Single(differences);
        Assert.Equal((DifferenceKind.Term, "Lowmarsh", "Delta"), (term.Kind, term.Left?.Text, term.Right?.Text));
    }
}
