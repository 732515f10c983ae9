using System.Text;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

public sealed class ArticleReaderTests
{
    private const string FrontMatter = "---\ntitle: T\nsource: S\nstory: s\n---\n\n";

    private static Article Read(string body) => ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(FrontMatter + body));

    private static string[] Paragraphs(string body) => [.. Read(body).Paragraphs.Select(p => p.Text)];

    // The format: paragraphs are separated by blank lines; within one, line breaks are spaces; every
    // character is the author's, Markdown-like marks included.
    [Theory]
    [InlineData("2013. French soldiers arrived in Mali.", "2013. French soldiers arrived in Mali.")]
    [InlineData("Mali listed its demands to the council:\n- an end to the flights\n1. and a meeting.", "Mali listed its demands to the council: - an end to the flights 1. and a meeting.")]
    [InlineData("- Point one\n  - sub point", "- Point one - sub point")]
    [InlineData("# The letter to the council", "# The letter to the council")]
    [InlineData("> France has armed the groups, the letter says.", "> France has armed the groups, the letter says.")]
    [InlineData("| town | flights |\n|---|---|\n| Gao | 12 |", "| town | flights | |---|---| | Gao | 12 |")]
    [InlineData("Read [the letter](https://example.org/letter) in full.", "Read [the letter](https://example.org/letter) in full.")]
    [InlineData("“France has [more] to answer for,” Diop wrote.", "“France has [more] to answer for,” Diop wrote.")]
    [InlineData("Troops reached the base (photo) at dawn.", "Troops reached the base (photo) at dawn.")]
    [InlineData("*Emphasis* and `code` and <b>tags</b> stay as typed.", "*Emphasis* and `code` and <b>tags</b> stay as typed.")]
    [InlineData("A hard-wrapped\r\nparagraph   with\tspaces.", "A hard-wrapped paragraph with spaces.")]
    public void Body_KeepsEveryCharacterAsWritten(string body, string expected)
    {
        Assert.Equal([expected], Paragraphs(body));
    }

    [Theory]
    [InlineData("One.\n\nTwo.", new[] { "One.", "Two." })]
    [InlineData("One.\n   \nTwo.\n\n\n\nThree.", new[] { "One.", "Two.", "Three." })]
    [InlineData("One.\r\n\r\nTwo.", new[] { "One.", "Two." })]
    [InlineData("One.\n---\nTwo.", new[] { "One. --- Two." })]
    public void BlankLines_SeparateParagraphs(string body, string[] expected)
    {
        Assert.Equal(expected, Paragraphs(body));
    }

    [Fact]
    public void FrontMatter_MayFollowBlankLinesAndABom()
    {
        var article = ArticleReader.Read("a.md", Encoding.UTF8.GetBytes("\uFEFF\n\n" + FrontMatter + "Text."));

        Assert.Equal("T", article.Title);
        Assert.Equal(["Text."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void FrontMatter_OptionalFieldsAreReadAndNullIsEmpty()
    {
        var article = ArticleReader.Read("a.md", Encoding.UTF8.GetBytes(
            "---\ntitle: \"A ‘quoted’ title\"\nsource: S\nstory: s\nnote: ~\npublished: 2022-08-17\nurl: https://example.org/a\n---\n\nText."));

        Assert.Equal("A ‘quoted’ title", article.Title);
        Assert.Null(article.Note);
        Assert.Equal("2022-08-17", article.Published);
        Assert.Equal("https://example.org/a", article.Url);
    }

    public static TheoryData<string, string[]> BadFiles => new()
    {
        { "---\ntitle: T\nsource: S\nstory: s\n\nText.", ["line 1", "never closed"] },
        { "Just a paragraph.\n\nAnother.", ["line 1", "no front matter", "---"] },
        { "\n\ntitle: T\n---\n\nText.", ["line 3", "no front matter"] },
        { "---\ntitle: T\nsource: S\nstory: s\nsoruce: Y\n---\n\nText.", ["line 5", "unknown front matter field \"soruce\"", "title, source, story", "note, url, published"] },
        { "---\ntitle: T\nsource: S\nstory: s\ntitle: U\n---\n\nText.", ["line 5", "title is given twice", "line 2"] },
        { "---\ntitle:\n  - a\n  - b\nsource: S\nstory: s\n---\n\nText.", ["line 2", "title must be one line of text"] },
        { "---\ntitle: T\nsource: S\nstory: s\nnote: [unclosed\n---\n\nText.", ["line 5", "note must be one line of text", "quotes"] },
        { "---\ntitle: T\nsource: S\nstory: s\nnote: a: b\n---\n\nText.", ["line 5", "not valid YAML"] },
        { "\n\n---\ntitle: T\nsource: S\nstory: s\nnote: \"unclosed\n---\n\nText.", ["line 7", "not valid YAML"] },
        { "---\n---\n\nText.", ["front matter is empty", "title, source, story"] },
        { "---\njust words\n---\n\nText.", ["line 2", "name: value"] },
        { "---\nsource: S\nstory: s\n---\n\nText.", ["lacks title"] },
        { "---\ntitle: T\nsource: S\n---\n\nText.", ["lacks story"] },
        { "---\ntitle: T\nsource: S\nstory: s\nurl: javascript:alert(1)\n---\n\nText.", ["http or https"] },
        { "---\ntitle: T\nsource: S\nstory: s\n---\n\nPosted on\n\nShare this article", ["no text left"] },
        { "---\ntitle: T\nsource: S\nstory: s\n---\n", ["no text left"] },
        { "   \n\n ", ["empty"] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadFile_IsNamedWithAReasonInTheWritersWords(string text, string[] reasonParts)
    {
        var error = Assert.Throws<ContentFileException>(() => ArticleReader.Read("bad.md", Encoding.UTF8.GetBytes(text)));

        Assert.Equal("bad.md", error.FileName);
        Assert.All(reasonParts, part => Assert.Contains(part, error.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain("MaliReader.", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUtf8_IsNamed()
    {
        var bytes = Encoding.Latin1.GetBytes(FrontMatter + "Caf\u00e9 au lait.");

        var error = Assert.Throws<ContentFileException>(() => ArticleReader.Read("latin1.md", bytes));

        Assert.Contains("not UTF-8", error.Reason, StringComparison.Ordinal);
    }

    // Hostile files answer with an article or a named error, never an escaping exception or a stack overflow.
    public static TheoryData<string, string, string?> HostileFiles => new()
    {
        { "twenty megabytes", FrontMatter + new string('a', 20 * 1024 * 1024), "over the limit of 2 MB" },
        { "1,000 nested quotes", FrontMatter + new string('>', 1_000) + " deep", null },
        { "5,000 nested list items on one line", FrontMatter + string.Concat(Enumerable.Repeat("- ", 5_000)) + "deep item", null },
        { "5,000 list items each nested deeper", FrontMatter + string.Join('\n', Enumerable.Range(0, 5_000).Select(i => new string(' ', 2 * i) + "- item " + i)), "over the limit of 2 MB" },
        { "5,000 nested list items between blank lines", FrontMatter + string.Join("\n\n", Enumerable.Range(0, 5_000).Select(i => new string(' ', i % 40) + "- item " + i)), null },
        { "6,000 paragraphs", FrontMatter + string.Join("\n\n", Enumerable.Range(0, 6_000).Select(i => "Paragraph " + i)), "line 10007: the article has more than 5000 paragraphs" },
        { "100,000 nested YAML lists", "---\ntitle: " + new string('[', 100_000) + "\nsource: S\nstory: s\n---\n\nText.", "line 2" },
        { "YAML aliases", "---\ntitle: &a T\nsource: *a\nstory: s\n---\n\nText.", "line 3: source must be one line of text" },
        { "one line of two megabytes", FrontMatter + new string('x', 2 * 1024 * 1024 - 100), null },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void HostileFile_GivesAnArticleOrANamedError(string what, string text, string? reason)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Article? article = null;
        var error = Record.Exception(() => article = ArticleReader.Read("hostile.md", bytes));

        if (reason is null)
        {
            Assert.True(error is null, $"{what}: {error}");
            Assert.NotEmpty(article!.Paragraphs);
        }
        else
        {
            var named = Assert.IsType<ContentFileException>(error);
            Assert.Contains(reason, named.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IdenticalParagraphs_HaveDistinctFingerprints_TheFirstKeepingItsOwn()
    {
        var article = Read("Mali said no.\n\nFrance left.\n\nMali said no.\n\nmali, SAID no!");

        var fingerprints = article.Paragraphs.Select(p => p.Fingerprint).ToList();
        Assert.Equal(4, fingerprints.Distinct().Count());
        Assert.Equal(Fingerprint.Of("Mali said no."), fingerprints[0]);
        Assert.Equal(Fingerprint.Of("France left."), fingerprints[1]);
    }

    [Fact]
    public void RepeatedParagraphFingerprints_SurviveEditsElsewhere()
    {
        var before = Read("Mali said no.\n\nFrance left.\n\nMali said no.");
        var after = Read("A new opening paragraph.\n\nMali said no.\n\nFrance left, its army said.\n\nMali said no.");

        Assert.Equal(before.Paragraphs[0].Fingerprint, after.Paragraphs[1].Fingerprint);
        Assert.Equal(before.Paragraphs[2].Fingerprint, after.Paragraphs[3].Fingerprint);
    }

    // A slug is a link segment and an HTML id: letters and digits of any script, one hyphen between runs.
    [Theory]
    [InlineData("mali-france-rt.md", "mali-france-rt")]
    [InlineData("Upper Case Name.md", "upper-case-name")]
    [InlineData("DUP.md", "dup")]
    [InlineData("report #2 (final).md", "report-2-final")]
    [InlineData("some-story/page.v2.html", "page-v2")]
    [InlineData("Mali_Tombouctou—été.md", "mali-tombouctou-été")]
    [InlineData("--lead--.md", "lead")]
    // Accents saved decomposed (as macOS names files) give the slug of the composed name, not "e-te".
    [InlineData("E\u0301TE\u0301.md", "\u00e9t\u00e9")]
    [InlineData("\u00c9T\u00c9.md", "\u00e9t\u00e9")]
    [InlineData("STRA\u1e9eE.md", "stra\u00dfe")]
    [InlineData("Stra\u00dfe.md", "stra\u00dfe")]
    [InlineData("\u0130ZM\u0130R.md", "izmir")]
    [InlineData("Diyarbak\u0131r.md", "diyarbak\u0131r")]
    public void Slug_IsTheFileNameMadeSafeForLinks(string fileName, string slug) =>
        Assert.Equal(slug, ContentFileReader.SlugFor(fileName));

    [Fact]
    public void Slug_OfANameWithoutLettersOrDigits_IsAnErrorNamingTheFile()
    {
        var error = Assert.Throws<ContentFileException>(() => ArticleReader.Read("---.md", Encoding.UTF8.GetBytes(FrontMatter + "Text.")));

        Assert.Contains("no letter or digit", error.Message, StringComparison.Ordinal);
    }
}
