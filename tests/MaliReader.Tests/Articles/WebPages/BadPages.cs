using System.Text;

namespace MaliReader.Tests.Articles.WebPages;

/// <summary>Files dropped into content/ as saved pages that are broken, hostile or not pages at all.</summary>
public static class BadPages
{
    static BadPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public const string FrenchSentence = "À Ségou, les prix du riz ont baissé après l'arrivée des camions de la nouvelle récolte, déclarent les commerçants du marché.";

    public static byte[] Bytes(string what) => what switch
    {
        "random bytes" => RandomBytes(),
        "a PNG image" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes()],
        "a ZIP archive" => [(byte)'P', (byte)'K', 0x03, 0x04, .. RandomBytes()],
        "a truncated page" => TestPages.Utf8(Truncated()),
        "a charset that lies" => Encoding.GetEncoding(1252).GetBytes(TestPages.Page(insideArticle: $"<p>{FrenchSentence}</p>")),
        "over 10 MB" => TestPages.Utf8(TestPages.Page(insideArticle: $"<p>{new string('a', 10 * 1024 * 1024 + 512 * 1024)}</p>")),
        "10,000 levels deep" => TestPages.Utf8(Deep(10_000)),
        "200 levels deep" => TestPages.Utf8(Deep(200)),
        "6,000 elements" => TestPages.Utf8(TestPages.Page(insideArticle: string.Concat(Enumerable.Repeat("<span></span>", 6_000)))),
        "a home page" => TestPages.Utf8(HomePage),
        "a login wall" => TestPages.Utf8(LoginWall),
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };

    // A fixed seed: the same garbage every run, so a failure can be reproduced.
    private static byte[] RandomBytes()
    {
        var bytes = new byte[16 * 1024];
        new Random(15).NextBytes(bytes);
        return bytes;
    }

    private static string Truncated()
    {
        var html = TestPages.Page();
        return html[..html.IndexOf("The meeting ended", StringComparison.Ordinal)] + "The meeting end";
    }

    private static string Deep(int levels) =>
        $"<html><head><title>{TestPages.Title}</title></head><body>{string.Concat(Enumerable.Repeat("<div>", levels))}"
        + string.Concat(TestPages.Paragraphs.Select(p => $"<p>{p}</p>")) + "</body></html>";

    public const string HomePage = "<html><head><title>The Daily Example</title></head><body><nav><a href='/'>Home</a></nav><main>"
        + "<div class='teaser'><h2><a href='/story/1'>Headline number one about the news of the day in the region</a></h2></div>"
        + "<div class='teaser'><h2><a href='/story/2'>Headline number two about the news of the day in the region</a></h2></div>"
        + "<div class='teaser'><h2><a href='/story/3'>Headline number three about the news of the day in the region</a></h2></div>"
        + "<div class='teaser'><h2><a href='/story/4'>Headline number four about the news of the day in the region</a></h2></div>"
        + "<div class='teaser'><h2><a href='/story/5'>Headline number five about the news of the day in the region</a></h2></div>"
        + "</main></body></html>";

    public const string LoginWall = "<html><head><title>Sign in</title></head><body><main><h1>Sign in to continue reading</h1>"
        + "<form><label>Email</label><input name='e'><label>Password</label><input name='p' type='password'><button>Sign in</button></form>"
        + "<p>New here? Create an account.</p></main></body></html>";
}
