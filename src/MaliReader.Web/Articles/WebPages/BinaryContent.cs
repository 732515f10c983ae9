namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// Tells a file that is not text at all (a picture, an archive, random bytes) from a web page, so it is
/// refused as such instead of being read as a page of mojibake.
/// </summary>
public static class BinaryContent
{
    // Text written by people or by page templates has almost no control characters; decoded binary has
    // about one in eight (32 of 256 byte values). One in a hundred separates the two with room to spare.
    private const double MaxControlShare = 0.01;

    // The signatures of the files most often saved, attached or renamed by mistake, from each format's specification.
    private static readonly (byte[] Signature, string Name)[] Formats =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (or an office document)"),
        ([0x1F, 0x8B], "a gzip-compressed file (decompress it first)"),
    ];

    /// <summary>What the file is by its first bytes, as a phrase ("a PNG image"), or null when no known binary format starts it.</summary>
    public static string? FormatOf(ReadOnlySpan<byte> bytes)
    {
        foreach (var (signature, name) in Formats)
        {
            if (bytes.StartsWith(signature))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>
    /// True when more than 1% of the decoded text is control characters other than white space, or
    /// characters the decoder could not map: the bytes were never text.
    /// </summary>
    public static bool IsBinary(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }
        var controls = 0;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && !char.IsWhiteSpace(c)) || c == '\uFFFD')
            {
                controls++;
            }
        }
        return controls > text.Length * MaxControlShare;
    }
}
