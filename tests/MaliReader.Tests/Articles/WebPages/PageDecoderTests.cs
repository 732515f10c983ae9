using System.Text;
using MaliReader.Web.Articles.WebPages;

namespace MaliReader.Tests.Articles.WebPages;

public class PageDecoderTests
{
    private const string Text = "Café à Ségou: naïve façade, 10 €";

    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Rows => new()
    {
        { "UTF-8 declared", Encoding.UTF8.GetBytes($"<meta charset=\"utf-8\"><p>{Text}</p>") },
        { "UTF-16 with a byte-order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"<p>{Text}</p>")] },
        { "UTF-8 with a byte-order mark that the meta contradicts", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes($"<meta charset=\"windows-1251\"><p>{Text}</p>")] },
        { "windows-1252 declared by http-equiv", Encoding.GetEncoding(1252).GetBytes($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>{Text}</p>") },
        { "UTF-8 bytes under a meta that says latin-1", Encoding.UTF8.GetBytes($"<meta charset=\"iso-8859-1\"><p>{Text}</p>") },
        { "windows-1252 bytes under a meta that says UTF-8", Encoding.GetEncoding(1252).GetBytes($"<meta charset=\"utf-8\"><p>{string.Concat(Enumerable.Repeat(Text + " ", 20))}</p>") },
        { "undeclared UTF-8", Encoding.UTF8.GetBytes($"<p>{Text}</p>") },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Decode_ReadsTheTextTheBytesHold(string what, byte[] bytes)
    {
        var (text, _) = PageDecoder.Decode(bytes);

        Assert.True(text.Contains(Text, StringComparison.Ordinal), $"{what}: {text}");
    }

    [Fact]
    public void Decode_CyrillicDeclaredAsWindows1251()
    {
        const string russian = "Министр сельского хозяйства встретился с фермерами";
        var bytes = Encoding.GetEncoding(1251).GetBytes($"<html><head><meta charset=\"windows-1251\"></head><body><p>{russian}</p></body></html>");

        Assert.Contains(russian, PageDecoder.Decode(bytes).Text, StringComparison.Ordinal);
    }
}
