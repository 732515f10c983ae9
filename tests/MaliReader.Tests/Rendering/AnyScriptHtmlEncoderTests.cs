using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using MaliReader.Web.Rendering;

namespace MaliReader.Tests.Rendering;

/// <summary>
/// The pages' HTML encoder writes the characters beyond the BMP as themselves and, for everything else, exactly what the
/// framework's encoder writes: markup and quotes are escaped, lone surrogates never reach a page, and characters that are
/// unassigned, for private use or invisible tags stay references.
/// </summary>
public sealed partial class AnyScriptHtmlEncoderTests
{
    private static readonly HtmlEncoder Encoder = AnyScriptHtmlEncoder.Instance;
    private static readonly HtmlEncoder Framework = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData("😀")]
    [InlineData("🇲🇱")]
    [InlineData("👍🏽")]
    [InlineData("𠮷田")]
    [InlineData("𞤀𞤣𞤤𞤢𞤥")] // Adlam
    [InlineData("𝐀𝐁𝐂")]
    [InlineData("a😀b𠮷c")]
    public void CharactersBeyondTheBmp_AreWrittenAsThemselves(string text) => Assert.Equal(text, Encoder.Encode(text));

    [Theory]
    [InlineData("<😀>", "&lt;😀&gt;")]
    [InlineData("😀&\"'", "😀&amp;&quot;&#x27;")]
    [InlineData("<script>alert('𠮷')</script>", "&lt;script&gt;alert(&#x27;𠮷&#x27;)&lt;/script&gt;")]
    [InlineData("𝐀\" onmouseover=\"alert(1)", "𝐀&quot; onmouseover=&quot;alert(1)")]
    [InlineData("&#x1F600; is 😀", "&amp;#x1F600; is 😀")]
    [InlineData("<b>田</b>", "&lt;b&gt;田&lt;/b&gt;")]
    public void MarkupAndQuotes_AreEscaped_BesideThem(string text, string html) => Assert.Equal(html, Encoder.Encode(text));

    [Theory]
    // Written escaped ("\\uD800"), since a test's name shows a lone surrogate as "�" and rows that differ only there
    // would share one name, and all but one of them would not run.
    [InlineData(@"x\uD800y")]
    [InlineData(@"\uDE00")]
    [InlineData(@"\uD83D")]
    [InlineData(@"😀\uD83D")]
    [InlineData(@"\uDE00😀")]
    [InlineData(@"\uDE00\uD83D")] // the halves of a pair in the wrong order
    [InlineData(@"\uD83D<\uDE00")]
    public void LoneSurrogates_NeverReachThePage(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var html = Encoder.Encode(text);

        StrictUtf8.GetBytes(html); // throws on a lone surrogate
        Assert.Equal(WebUtility.HtmlDecode(Framework.Encode(text)), WebUtility.HtmlDecode(html));
        Assert.Contains("\uFFFD", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\U000F0000", "&#xF0000;")] // private use
    [InlineData("\U0010FFFD", "&#x10FFFD;")] // private use
    [InlineData("\U000E0041", "&#xE0041;")] // a tag, invisible
    [InlineData("\U0001FFFE", "&#x1FFFE;")] // a noncharacter
    [InlineData("\U0002FFFF", "&#x2FFFF;")] // a noncharacter
    public void CharactersOfNoScript_StayReferences(string text, string html)
    {
        Assert.Equal(html, Encoder.Encode(text));
        Assert.Equal(Framework.Encode(text), Encoder.Encode(text));
    }

    [Theory]
    [InlineData("<😀> & \"𠮷\"")]
    [InlineData("plain text")]
    [InlineData("😀")]
    [InlineData("x\uD800y 😀")]
    [InlineData("\U000F0000<𝐀>")]
    public void EveryWayOfEncoding_WritesTheSame(string text)
    {
        var expected = Encoder.Encode(text);

        var toWriter = new StringWriter();
        Encoder.Encode(toWriter, text);
        var substring = new StringWriter();
        Encoder.Encode(substring, $"[{text}]", 1, text.Length);
        var characters = new StringWriter();
        Encoder.Encode(characters, $"[{text}]".ToCharArray(), 1, text.Length);

        Assert.Equal(expected, toWriter.ToString());
        Assert.Equal(expected, substring.ToString());
        Assert.Equal(expected, characters.ToString());
        Assert.Equal(WebUtility.HtmlDecode(expected), WebUtility.HtmlDecode(EncodedUtf8(text)));
    }

    /// <summary>
    /// Random text of markup characters, quotes, letters of both planes, lone surrogate halves and characters of no
    /// script: the page shows what the framework's encoding shows, never in more characters, with no markup character
    /// left bare and no lone surrogate.
    /// </summary>
    [Fact]
    public void RandomText_ShowsWhatTheFrameworksEncodingShows_AndHoldsNoMarkup()
    {
        string[] pieces = ["<", ">", "&", "\"", "'", "`", "=", " ", "a", "é", "田", "\u200D", "\uD800", "\uDC00", "\uD83D", "\uDE00",
            "😀", "𠮷", "𞤀", "\U000F0000", "\U000E0041", "\uFFFD", "\0", "\n"];
        var random = new Random(20221201);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));

            var html = Encoder.Encode(text);
            var framework = Framework.Encode(text);

            Assert.Equal(WebUtility.HtmlDecode(framework), WebUtility.HtmlDecode(html));
            Assert.True(html.Length <= framework.Length, $"{Escaped(text)} → {Escaped(html)}");
            Assert.DoesNotMatch(BareMarkup(), html);
            StrictUtf8.GetBytes(html);
        }
    }

    [Fact]
    public void WillEncode_AgreesWithWhatIsWritten()
    {
        Assert.False(Encoder.WillEncode(0x1F600));
        Assert.False(Encoder.WillEncode(0x20BB7));
        Assert.True(Encoder.WillEncode('<'));
        Assert.True(Encoder.WillEncode('&'));
        Assert.True(Encoder.WillEncode('"'));
        Assert.True(Encoder.WillEncode('\''));
        Assert.True(Encoder.WillEncode(0xF0000));
        Assert.True(Encoder.WillEncode(0xE0041));
    }

    /// <summary>A markup character or quote as itself, or an ampersand that opens no character reference.</summary>
    [GeneratedRegex("""[<>"']|&(?!(?:lt|gt|amp|quot|#x[0-9A-F]+);)""")]
    private static partial Regex BareMarkup();

    private static string EncodedUtf8(string text)
    {
        var source = Encoding.UTF8.GetBytes(text);
        var destination = new byte[source.Length * Encoder.MaxOutputCharactersPerInputCharacter * 3];
        Assert.Equal(System.Buffers.OperationStatus.Done, Encoder.EncodeUtf8(source, destination, out _, out var written));
        return Encoding.UTF8.GetString(destination, 0, written);
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\x7F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
