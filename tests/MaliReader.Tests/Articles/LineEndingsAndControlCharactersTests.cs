using System.Text;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>Old Mac files end lines with "\r" alone and read as if written with "\n".</summary>
public sealed class LineEndingsAndControlCharactersTests
{
    private const string File = """
        ---
        title: "Mali writes to the Council"
        source: "Wire"
        story: "mali-letter"
        note: "A translation"
        ---

        Mali's foreign minister wrote
        to the Security Council on Wednesday.

        The letter names
        three incidents.
        A fourth is mentioned in passing.


        It asks for an emergency meeting.
        """;

    private static Article ReadWith(string lineEnd) =>
        ArticleReader.Read("letter.md", Encoding.UTF8.GetBytes(File.ReplaceLineEndings("\n").Replace("\n", lineEnd, StringComparison.Ordinal)));

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void AFile_WithAnyLineEnd_ReadsAsWithNewLines(string lineEnd)
    {
        var expected = ReadWith("\n");
        var article = ReadWith(lineEnd);

        Assert.Equal(3, expected.Paragraphs.Count);
        Assert.Equal(expected.Paragraphs.Select(p => (p.Text, p.Fingerprint)), article.Paragraphs.Select(p => (p.Text, p.Fingerprint)));
        Assert.Equal((expected.Title, expected.Source, expected.Story, expected.Note), (article.Title, article.Source, article.Story, article.Note));
    }

    private const string FrontMatter = "---\rtitle: T\rsource: S\rstory: s\r---\r\r";

    [Theory]
    [InlineData("One.\r\rTwo.", new[] { "One.", "Two." })]
    [InlineData("A hard-wrapped\rparagraph.", new[] { "A hard-wrapped paragraph." })]
    [InlineData("One.\r \r\t\rTwo.\rStill two.", new[] { "One.", "Two. Still two." })]
    [InlineData("One.\r\r\r\r\rTwo.", new[] { "One.", "Two." })]
    // Line ends mixed in one file, as after an edit in another editor.
    [InlineData("One.\r\n\rTwo.\n\r\nThree.\r\rFour.", new[] { "One.", "Two.", "Three.", "Four." })]
    public void CarriageReturnsAlone_SplitParagraphsAsNewLinesDo(string body, string[] expected)
    {
        var article = ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(FrontMatter + body));

        Assert.Equal(expected, article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("---\ntitle: [oops\nsource: S\n---\n\nText.")]
    [InlineData("---\ntitle: T\nsource: S\nstory: s\ncolour: red\n---\n\nText.")]
    [InlineData("---\ntitle: T\nsource: S\n\nText.")]
    [InlineData("\n\nNo front matter.\n")]
    [InlineData("---\ntitle: T\nsource: S\nstory: s\ntitle: U\n---\n\nText.")]
    public void Errors_InAFileWithCarriageReturnsAlone_NameTheSameLineAsWithNewLines(string file)
    {
        var withNewLines = Assert.Throws<ContentFileException>(() => ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(file)));
        var withReturns = Assert.Throws<ContentFileException>(() =>
            ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(file.Replace('\n', '\r'))));

        Assert.Matches(@"^line \d+", withNewLines.Reason);
        Assert.Equal(withNewLines.Reason, withReturns.Reason);
    }
}
