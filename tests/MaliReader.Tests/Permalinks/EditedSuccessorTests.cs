using MaliReader.Web.Articles;
using MaliReader.Web.Permalinks;

namespace MaliReader.Tests.Permalinks;

public sealed class EditedSuccessorTests
{
    private const string Old =
        "French drones, helicopters and fighter jets breached Malian airspace over 50 times this year alone, "
        + "foreign affairs minister Abdoulaye Diop wrote in a letter to the UN dated Monday and published on Wednesday.";

    private const string LightlyEdited =
        "French drones, helicopters and fighter jets breached Malian airspace more than 50 times this year alone, "
        + "foreign affairs minister Abdoulaye Diop wrote in a letter to the UN dated Monday and made public on Wednesday.";

    private const string Unrelated =
        "The last French soldiers left the country this week, though France keeps an airbase in Niger.";

    private const string OtherUnrelated =
        "Paris subsequently poured billions of dollars into what became known as Operation Barkhane.";

    public static TheoryData<string, string[], int?> Cases => new()
    {
        // A light edit among unrelated paragraphs is the successor.
        { "light edit among others", [Unrelated, LightlyEdited, OtherUnrelated], 1 },
        { "light edit alone", [LightlyEdited], 0 },
        // Nothing close: the passage was removed.
        { "nothing similar", [Unrelated, OtherUnrelated], null },
        { "no paragraphs", [], null },
        // Only a few words kept: not close enough to call it the same passage.
        { "mostly rewritten", ["French drones breached Malian airspace, the minister said, without giving a number or a date.", Unrelated], null },
        // Two candidates as close as each other: offering either would guess.
        { "two equally close", [LightlyEdited, LightlyEdited.Replace("made public", "released", StringComparison.Ordinal), Unrelated], null },
        // Split into two halves: each holds half the words, neither is clearly the successor.
        {
            "split in two",
            [
                "French drones, helicopters and fighter jets breached Malian airspace over 50 times this year alone.",
                "Foreign affairs minister Abdoulaye Diop wrote in a letter to the UN dated Monday and published on Wednesday.",
            ],
            null
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Choose_OffersOnlyAClearlyLeadingCloseParagraph(string situation, string[] candidateTexts, int? expectedIndex)
    {
        var candidates = candidateTexts
            .Select((text, index) => new Paragraph($"a-{index + 1}", "a", index + 1, text, Fingerprint.Of(text)))
            .ToList();

        var chosen = EditedSuccessor.Choose(Old, candidates);

        Assert.True(expectedIndex is null ? chosen is null : ReferenceEquals(chosen, candidates[expectedIndex.Value]),
            $"{situation}: expected {(expectedIndex is null ? "no successor" : $"candidate {expectedIndex}")}, got {chosen?.Id ?? "none"}");
    }
}
