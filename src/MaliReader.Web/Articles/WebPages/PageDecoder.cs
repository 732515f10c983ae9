using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// Turns a saved page's bytes into text: a byte-order mark wins, then the charset the page declares
/// (meta charset or the http-equiv Content-Type) when the bytes agree with it, then detection.
/// </summary>
public static partial class PageDecoder
{
    // The HTML standard's prescan looks at the first 1,024 bytes; saved pages often push the meta
    // further down behind comments and scripts, so a little more is read.
    private const int PrescanBytes = 4096;

    // Detection on a sample is as good as on the whole file and keeps a 10 MB page fast.
    private const int DetectionSampleBytes = 256 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The page's text and the name of the encoding it was read with.</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        if (BomEncoding(bytes) is { } bom)
        {
            return (bom.Encoding.GetString(bytes, bom.Length, bytes.Length - bom.Length), bom.Encoding.WebName);
        }

        var isUtf8 = IsValidUtf8(bytes, out var hasNonAscii);
        var declared = DeclaredEncoding(bytes);
        // Valid UTF-8 with non-ASCII letters is almost never another encoding by accident, so a page
        // that says otherwise was re-saved without its declaration being updated.
        if (isUtf8 && (hasNonAscii || declared is null))
        {
            return (Encoding.UTF8.GetString(bytes), Encoding.UTF8.WebName);
        }
        if (declared is not null && !IsUtf8(declared))
        {
            return (declared.GetString(bytes), declared.WebName);
        }
        var detected = Detect(bytes);
        return (detected.GetString(bytes), detected.WebName);
    }

    private static (Encoding Encoding, int Length)? BomEncoding(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    private static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;

    private static bool IsValidUtf8(byte[] bytes, out bool hasNonAscii)
    {
        hasNonAscii = Array.Exists(bytes, b => b >= 0x80);
        if (!hasNonAscii)
        {
            return true;
        }
        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The encoding named by the page's meta charset or http-equiv Content-Type, or null when none is named or known.</summary>
    public static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"].Value.Trim().ToLowerInvariant();
        // The HTML standard reads a declared UTF-16 in an ASCII-compatible file as UTF-8, and
        // "latin1"/"iso-8859-1" as windows-1252, which is what browsers do.
        name = name switch
        {
            "utf-16" or "utf-16le" or "utf-16be" => "utf-8",
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" => "windows-1252",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Detect(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, DetectionSampleBytes));
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        // With nothing to go on, windows-1252 is the fallback browsers use for Western pages.
        return detected?.Encoding ?? Encoding.GetEncoding("windows-1252");
    }

    // <meta charset="x">, or <meta http-equiv="Content-Type" content="text/html; charset=x"> in either attribute order.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<name>[A-Za-z0-9_:.+-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MetaCharset();
}
