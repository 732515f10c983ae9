using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// A quoted claim never opens or closes inside a pair of brackets: a quote that would begin with the end of a
/// parenthesis ("UNSC) to put an end") starts after it, one that would end inside one stops before it.
/// </summary>
public sealed class ClaimQuoteBracketTests
{
    [Theory]
    // From the end of a parenthesis: starts after it.
    [InlineData("Mali urged the Security Council (UNSC) to put an end to the attacks.", "UNSC", "attacks", "to put an end to the attacks")]
    [InlineData("[1] Rebels took the town on Monday.", "1", "Monday", "Rebels took the town on Monday")]
    [InlineData("日本は「国連」に書簡を送った。", "連", "た", "に書簡を送った")]
    [InlineData("马里（联合国成员）向安理会致函。", "员", "函", "向安理会致函")]
    // From inside a link as typed, past its address: starts after the address too.
    [InlineData("The minister sent [the letter](https://example.org/letter.pdf) on Monday.", "the", "Monday", "on Monday")]
    [InlineData("Rebels ((took)) the town.", "took", "town", "the town")]
    // Into the start of one: stops before it.
    [InlineData("He said (in a statement to the press) that France armed them.", "He", "statement", "He said")]
    [InlineData("Troops left the town [on Monday] at dawn.", "Troops", "on", "Troops left the town")]
    // Whole brackets, or none, inside the quote: unchanged.
    [InlineData("Mali urged the Security Council (UNSC) to put an end to the attacks.", "Council", "attacks", "Council (UNSC) to put an end to the attacks")]
    [InlineData("Mali urged the Security Council (UNSC) to put an end to the attacks.", "UNSC", "UNSC", "UNSC")]
    [InlineData("He said (in a statement to the press) that France armed them.", "in", "press", "in a statement to the press")]
    [InlineData("Mali urged the Security Council to put an end to the attacks.", "urged", "end", "urged the Security Council to put an end")]
    // A bracket the paragraph never opens or never closes is a typo, and cuts nothing.
    [InlineData("Rebels took 3) towns on Monday.", "Rebels", "Monday", "Rebels took 3) towns on Monday")]
    [InlineData("Rebels took (3 towns on Monday.", "Rebels", "Monday", "Rebels took (3 towns on Monday")]
    public void AQuote_NeitherOpensNorClosesInsideBrackets(string text, string firstWord, string lastWord, string quote)
    {
        var words = CompareWords.Of(text);
        var first = words.ToList().FindIndex(word => word.Text == firstWord);
        var last = words.ToList().FindLastIndex(word => word.Text == lastWord);
        var layout = MaliReader.Web.Rendering.ParagraphMarkup.Layout(text, inlineMarkup: false);

        var kept = ClaimFinder.WithinWholeBrackets(text, layout, words.Skip(first).Take(last - first + 1).ToList());

        Assert.Equal(quote, ParagraphDiffer.Range(text, layout, kept).Text);
    }

    // Every run of words, from any word to any later one, of paragraphs whose brackets are all paired.
    [Theory]
    [InlineData("The minister sent [the letter](https://example.org/letter.pdf) on Monday.", false)]
    [InlineData("The minister sent [the letter](https://example.org/letter.pdf) on *Monday*.", true)]
    [InlineData("A [trick](javascript:alert(1)) and <img src=x onerror=alert(1)> stay text.", false)]
    [InlineData("Mali (a state [of the Sahel] in West Africa) wrote to the Council (UNSC) on Monday (local time).", false)]
    [InlineData("马里（联合国成员）向安理会（「UNSC」）致函。", false)]
    public void AnyRunOfWords_KeepsAWord_AndOpensAndClosesNoBracket(string text, bool inlineMarkup)
    {
        var layout = MaliReader.Web.Rendering.ParagraphMarkup.Layout(text, inlineMarkup);
        var words = CompareWords.Of(text, inlineMarkup);
        for (var first = 0; first < words.Count; first++)
        {
            for (var last = first; last < words.Count; last++)
            {
                var kept = ClaimFinder.WithinWholeBrackets(text, layout, words.Skip(first).Take(last - first + 1).ToList());

                Assert.NotEmpty(kept);
                var quote = ParagraphDiffer.Range(text, layout, kept).Text;
                Assert.True(BracketsBalanced(quote), $"Words {first}..{last} gave \"{quote}\", which opens or closes inside brackets");
            }
        }
    }

    // The first, the seed's own paragraph against a shorter telling.
    [Theory]
    [InlineData("Mali has urged the United Nations Security Council (UNSC) to put an end to alleged acts of aggression by France, accusing Paris of arming terrorist groups.",
        "Mali accused France of arming terrorist groups in a letter.")]
    [InlineData("Bamako wrote to the body (the Council, which meets today) that French jets crossed the border without leave.",
        "Bamako wrote to the Council about the border.")]
    public void AClaimFound_IsQuotedWithWholeBrackets(string text, string other)
    {
        var similarity = new ParagraphSimilarity(WordWeights.From([text, other]));

        var claims = ClaimFinder.Unreported(text, [other], similarity);

        Assert.NotEmpty(claims);
        Assert.All(claims, claim => Assert.True(BracketsBalanced(claim.Text), $"\"{claim.Text}\" opens or closes inside brackets"));
    }

    private static bool BracketsBalanced(string quote)
    {
        var depth = 0;
        foreach (var c in quote)
        {
            depth += c is '(' or '[' or '（' or '「' ? 1 : c is ')' or ']' or '）' or '」' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }
        return depth == 0;
    }
}
