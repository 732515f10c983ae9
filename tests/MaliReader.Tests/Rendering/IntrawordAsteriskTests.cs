using AngleSharp.Html.Parser;
using MaliReader.Web.Rendering;

namespace MaliReader.Tests.Rendering;

/// <summary>
/// Asterisks inside a word are the author's characters, not emphasis: a quote with its expletive starred out
/// ("f***ing") or a product written with stars ("2*3*4") lost its stars to emphasis, so readers saw "fing" and "234".
/// </summary>
public class IntrawordAsteriskTests
{
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Dom.IElement Rendered(string text)
    {
        using var writer = new StringWriter();
        ParagraphMarkup.ToHtml(text, inlineMarkup: true).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return Parser.ParseDocument($"<p>{writer}</p>").QuerySelector("p")!;
    }

    private static string Shown(string text) => Rendered(text).TextContent;

    /// <summary>
    /// Whatever the character beside the stars: a letter carrying a combining mark (a Devanagari vowel sign, an accent
    /// typed apart) or a letter beyond the Basic Multilingual Plane (Adlam, written for Fula in Mali) is as much inside
    /// the word as a Latin letter is; "कमी*ना*" lost its stars to emphasis where "kami*na*" did not.
    /// </summary>
    [Theory]
    [InlineData("The crowd called him kami*na* twice.")]
    [InlineData("Il l'a traite\u0301*s* de la\u0302ches.")]
    [InlineData("भीड़ ने उसे दो बार कमी*ना* कहा।")]
    [InlineData("The crowd called him \U0001E900\U0001E901*\U0001E902\U0001E903* twice.")]
    public void StarsInsideAWord_BesideAMarkOrASupplementaryLetter_AreShownAsTyped(string text)
    {
        var shown = Rendered(text);

        Assert.Null(shown.QuerySelector("em"));
        Assert.Equal(text, shown.TextContent);
    }

    [Theory]
    [InlineData("The protester shouted that the soldiers were f***ing cowards and s*** at their jobs, witnesses said.")]
    [InlineData("The vote was 2*3*4 in the end.")]
    [InlineData("Le ministre a qualifié l'attaque de « b*rbare ».")]
    [InlineData("Tickets cost 5*2 dollars, not 10.")]
    public void StarsInsideAWord_AreShownAsTyped(string text)
    {
        Assert.Equal(text, Shown(text));
    }

    [Theory]
    [InlineData("He called it *unacceptable* twice.", "unacceptable", "em")]
    [InlineData("The **Security Council** met.", "Security Council", "strong")]
    [InlineData("It was (*not*) a reply.", "not", "em")]
    public void StarsAroundWords_AreStillEmphasis(string text, string emphasised, string element)
    {
        using var writer = new StringWriter();
        ParagraphMarkup.ToHtml(text, inlineMarkup: true).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal(emphasised, Parser.ParseDocument($"<p>{writer}</p>").QuerySelector(element)?.TextContent);
    }
}
