using AngleSharp.Html.Parser;
using MaliReader.Web.Rendering;

namespace MaliReader.Tests.Rendering;

/// <summary>
/// Stars inside a word of a spaced script are shown as typed, whatever the character beside the stars: a letter that
/// carries a combining mark (a Devanagari vowel sign, which NFC keeps as a mark) or a letter beyond the Basic
/// Multilingual Plane (Adlam, written for Fula in Mali) is as much inside the word as a Latin letter is.
/// "kami*na*" is shown as typed; "कमी*ना*" lost its stars to emphasis.
/// </summary>
public class IntrawordAsteriskBesideMarksTests
{
    private static readonly HtmlParser Parser = new();

    private static string Html(string text)
    {
        using var writer = new StringWriter();
        ParagraphMarkup.ToHtml(text, inlineMarkup: true).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Theory]
    [InlineData("The crowd called him kami*na* twice.")]
    [InlineData("Il l'a traite\u0301*s* de la\u0302ches.")]
    [InlineData("भीड़ ने उसे दो बार कमी*ना* कहा।")]
    [InlineData("The crowd called him \U0001E900\U0001E901*\U0001E902\U0001E903* twice.")]
    public void StarsInsideAWord_BesideAMarkOrASupplementaryLetter_AreShownAsTyped(string text)
    {
        var html = Html(text);

        Assert.Null(Parser.ParseDocument($"<p>{html}</p>").QuerySelector("em"));
        Assert.Equal(text, Parser.ParseDocument($"<p>{html}</p>").QuerySelector("p")!.TextContent);
    }
}
