using System.Text;
using CsCheck;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>
/// The invariant: the body's blocks (split at blank lines, whitespace runs as single spaces) equal the
/// article's kept paragraphs with its recorded removals put back where they stood, in order.
/// </summary>
public sealed class EveryWordAccountedForTests
{
    public static TheoryData<string> SeedFiles => [.. Directory.EnumerateFiles(TestContent.SeedPath, "*.md").Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void SeedArticle_BodyIsItsParagraphsPlusItsRemovals(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestContent.SeedPath, fileName));

        var article = ArticleReader.Read(fileName, bytes);

        Assert.NotEmpty(article.Removed);
        Assert.Equal(BodyText.BlocksOf(Encoding.UTF8.GetString(bytes)), BodyText.Reassemble(article));
    }

    [Fact]
    public void MarkupLikeBody_EveryCharacterIsOnThePageOrOnTheRecord()
    {
        var raw = """
            ---
            title: T
            source: S
            story: s
            ---
            # A heading

            2013. French soldiers arrived in Mali,
            - invited by the government
            1. at its request.

            - Point one
              - sub point

            > > A quote inside a quote, [more] or less

            | town | flights |
            |------|---------|
            | Gao  | 12      |

            Read [the letter](https://example.org/letter) in full. (More details)

            ADVERTISEMENT

            Troops reached the base (photo) at dawn.
            """;

        var article = ArticleReader.Read("markup.md", Encoding.UTF8.GetBytes(raw));

        Assert.Equal(BodyText.BlocksOf(raw), BodyText.Reassemble(article));
        Assert.Equal(
            [(RemovalRule.LinkStub, "(More details)"), (RemovalRule.AdSlotLabel, "ADVERTISEMENT")],
            article.Removed.Select(f => (f.Rule, f.Text)));
    }

    // Words that stress the format and the rules: list and quote marks, numbers with full stops, stubs,
    // prompt openers, spam vocabulary, every apostrophe and quotation mark, a body line of three dashes.
    private static readonly string[] Vocabulary =
    [
        "Mali", "France", "the", "council", "met", "on", "Tuesday", "troops", "reached", "base", "at", "dawn", "said", "Diop",
        "2013.", "1.", "-", "*", ">", "#", "|", "---", "[more]", "(photo)", "(More details)", "[Read more](https://example.org/x)",
        "“France", "has", "to", "answer", "for,”", "don’t", "Don't", "miss:", "Share", "this", "story", "Follow", "us", "Telegram",
        "Join", "READ", "MORE:", "Advertisement", "SMM", "panel", "followers", "buy", "free", "spins", "✓", "casino", "Posted",
        "Like", "me,", "never", "newsletter", "subscribe", "click", "here", "\u00a0", "Malí", "<script>alert(1)</script>",
    ];

    private static readonly string[] BoilerplateBlocks =
    [
        "Posted on", "Share this article", "Follow us on Telegram", "READ MORE: France ends its mission", "ADVERTISEMENT",
        "Don’t miss: the Sahel's long war", "Click here to subscribe to our newsletter", "(More details)",
        "Play slots online ✓ 200 free spins ✓ instant withdrawal", "Buy cheap Instagram followers from the best SMM panel",
    ];

    private static readonly Gen<string> Line =
        Gen.Select(Gen.OneOf(Vocabulary).Array[1, 12], Gen.OneOf("", " ", "  ", "\t"), (words, indent) => indent + string.Join(' ', words));

    // A block is one or more lines (a hard-wrapped paragraph), author's words or boilerplate, maybe ending in a stub.
    private static readonly Gen<string> Block = Gen.Frequency(
        (6, Line.Array[1, 4].Select(lines => string.Join('\n', lines))),
        (2, Gen.OneOf(BoilerplateBlocks)),
        (2, Line.Select(Gen.OneOf(" (More details)", " [Read more]", " (photo).", ""), (line, stub) => line + stub)));

    private static readonly Gen<string> BlankLines = Gen.OneOf("\n\n", "\n\n\n", "\n  \n", "\r\n\r\n", "\n\t\n");

    private static readonly Gen<string> GeneratedFile = Gen.Select(Block.Array[0, 12], BlankLines.Array[13], (blocks, gaps) =>
    {
        var body = new StringBuilder("---\ntitle: Generated\nsource: Test\nstory: generated\n---\n");
        for (var i = 0; i < blocks.Length; i++)
        {
            body.Append(gaps[i]).Append(blocks[i]);
        }
        // One paragraph of plain prose, so that the article is never all boilerplate.
        return body.Append(gaps[^1]).Append("The council met on Tuesday.\n").ToString();
    });

    [Fact]
    public void GeneratedArticle_BodyIsItsParagraphsPlusItsRemovals()
    {
        GeneratedFile.Sample(raw =>
        {
            var article = ArticleReader.Read("generated.md", Encoding.UTF8.GetBytes(raw));

            Assert.Equal(BodyText.BlocksOf(raw), BodyText.Reassemble(article));
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void GeneratedArticle_ParagraphsAndRemovalsAreNeverEmptyAndPointInsideTheArticle()
    {
        GeneratedFile.Sample(raw =>
        {
            var article = ArticleReader.Read("generated.md", Encoding.UTF8.GetBytes(raw));

            Assert.All(article.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
            Assert.All(article.Removed, f =>
            {
                Assert.False(string.IsNullOrWhiteSpace(f.Text));
                Assert.InRange(f.Paragraph, 1, article.Paragraphs.Count + (f.IsInline ? 0 : 1));
                Assert.InRange(f.Offset ?? 0, 0, f.IsInline ? article.Paragraphs[f.Paragraph - 1].Text.Length : 0);
            });
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void GeneratedArticle_EveryParagraphHasItsOwnFingerprint()
    {
        // Few distinct lines, so repeated paragraphs are common.
        var repetitive = Gen.OneOf("Mali said no.", "mali SAID no", "France left.", "Share this article").Array[1, 10]
            .Select(blocks => "---\ntitle: T\nsource: S\nstory: s\n---\n\n" + string.Join("\n\n", blocks) + "\n\nThe end.");

        repetitive.Sample(raw =>
        {
            var article = ArticleReader.Read("repeats.md", Encoding.UTF8.GetBytes(raw));

            Assert.Equal(article.Paragraphs.Count, article.Paragraphs.Select(p => p.Fingerprint).Distinct().Count());
            Assert.Equal(Fingerprint.Of(article.Paragraphs[0].Text), article.Paragraphs[0].Fingerprint);
        }, iter: 200, threads: 1);
    }
}
