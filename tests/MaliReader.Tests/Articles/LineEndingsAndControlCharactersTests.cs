using System.Net;
using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>
/// Old Mac files end lines with "\r" alone and read as if written with "\n"; a C0 control character other than
/// tab and the line ends (or DEL, or a C1 control) is no text, so the file is refused, named, with the line and character it stands at.
/// </summary>
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

    [Theory]
    [InlineData("Text.\0", "line 7, character 6", "U+0000")]
    [InlineData("Text with a\u0007bell.", "line 7, character 12", "U+0007")]
    [InlineData("One.\n\nA \u001B[31mcoloured\u001B[0m word.", "line 9, character 3", "U+001B")]
    [InlineData("One.\r\rA page\u000Cbreak.", "line 9, character 7", "U+000C")]
    [InlineData("One.\r\nA vertical\u000Btab.", "line 8, character 11", "U+000B")]
    [InlineData("\u0001", "line 7, character 1", "U+0001")]
    [InlineData("Last.\u001F", "line 7, character 6", "U+001F")]
    [InlineData("Hello\u007Fworld.", "line 7, character 6", "U+007F")]
    [InlineData("Hello\u0080world.", "line 7, character 6", "U+0080")]
    [InlineData("A \u009B31m control sequence.", "line 7, character 3", "U+009B")]
    public void AControlCharacter_InTheBody_IsANamedErrorAtItsLineAndCharacter(string body, string place, string character)
    {
        var error = Assert.Throws<ContentFileException>(() =>
            ArticleReader.Read("a.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: S\nstory: s\n---\n\n" + body)));

        Assert.Equal("a.md", error.FileName);
        Assert.Contains(place, error.Reason, StringComparison.Ordinal);
        Assert.Contains(character, error.Reason, StringComparison.Ordinal);
        Assert.Contains("control character", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: T\0\nsource: S\nstory: s\n---\n\nText.", "line 2, character 9")]
    [InlineData("\0\0\0\0", "line 1, character 1")]
    [InlineData("\uFEFF---\ntitle: T\nsource: S\u0002\nstory: s\n---\n\nText.", "line 3, character 10")]
    public void AControlCharacter_AnywhereInTheFile_IsANamedError(string file, string place)
    {
        var error = Assert.Throws<ContentFileException>(() => ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(file)));

        Assert.Contains(place, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"Mali\u0001 writes to the UN\"\n", "line 1, character 13")]
    [InlineData("title: \"Mali writes to the UN\"\npublished: \"\u0001\"\n", "line 2, character 13")]
    [InlineData("title: \"Mali writes\u001B to the UN\"\n", "line 1, character 20")]
    [InlineData("title: \"Mali writes\u009B to the UN\"\n", "line 1, character 20")]
    public void AStoryFile_HoldingAControlCharacter_IsANamedError(string text, string place)
    {
        var error = Assert.Throws<ContentFileException>(() => MaliReader.Web.Ingest.StoryFileReader.Read("mali.story.yml", text));

        Assert.Equal("mali.story.yml", error.FileName);
        Assert.Contains(place, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source: \"Sahel\u0001 Daily\"\n", "line 1, character 15")]
    [InlineData("published: \"2024\u001B-10-02\"\n", "line 1, character 17")]
    public void ASidecar_HoldingAControlCharacter_IsItsPagesNamedError(string sidecar, string place)
    {
        var error = Assert.Throws<ContentFileException>(() => ArticleReader.Read("harvest.html",
            Encoding.UTF8.GetBytes(WebPages.TestPages.Page()), Encoding.UTF8.GetBytes(sidecar)));

        Assert.Equal("harvest.html", error.FileName);
        Assert.Contains($"its sidecar harvest.yml, {place}", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NextLine_CountsAsALineEnd_NotADamagedFile()
    {
        var article = ArticleReader.Read("a.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: S\nstory: s\n---\n\nOne\u0085line.\n"));

        Assert.Equal("One line.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void Tabs_AreText()
    {
        var article = ArticleReader.Read("a.md", Encoding.UTF8.GetBytes("---\ntitle: T\nsource: S\nstory: s\n---\n\nOne\tword.\n"));

        Assert.Equal("One word.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public async Task AFileWithANul_IsNamedOnTheStatusPage_AndTheSiteServesTheRest()
    {
        using var content = new TestContent();
        content.Write("damaged.md", TestContent.Article("Damaged", "Wire", TestContent.Story, "A paragraph cut off by a\0\0\0\0 crash."));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var status = await app.GetDocumentAsync("/status");
        var row = Assert.Single(status.QuerySelectorAll(".status-errors tbody tr"));
        Assert.Equal("damaged.md", row.QuerySelector("td code")!.TextContent);
        Assert.Contains("U+0000", row.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        using var room = await client.GetAsync($"/?story={TestContent.Story}");
        Assert.Equal(HttpStatusCode.OK, room.StatusCode);
        Assert.DoesNotContain("\0", await room.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Degraded", await client.GetStringAsync("/healthz"), StringComparison.Ordinal);
    }
}
