using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>
/// Titles, sources and the quotes of a comparison in any script reach the reader as the characters themselves,
/// not as numeric character references several times their size; markup in them is still shown as text.
/// </summary>
public sealed class OtherScriptsTests : IClassFixture<OtherScriptsTests.App>
{
    private const string Story = "osaka-flood";
    private readonly App _app;

    public OtherScriptsTests(App app) => _app = app;

    public sealed class App : IDisposable
    {
        public App()
        {
            Content = new TestContent(withSeedArticles: false);
            Content.Write("osaka-a.md", TestContent.Article("大阪で洪水 <b>速報</b>", "Радио «Москва»", Story,
                "大阪で洪水が発生し、三人が死亡した。", "市は水曜日に避難所を開いた。"));
            Content.Write("osaka-b.md", TestContent.Article("Наводнение в Осаке", "Ελληνικά Νέα", Story,
                "大阪で洪水が発生し、五人が死亡した。", "市は水曜日に避難所を開いた。"));
            Factory = new MaliReaderApp(Content);
        }

        public TestContent Content { get; }

        public MaliReaderApp Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Content.Dispose();
        }
    }

    [Theory]
    [InlineData("大阪で洪水")]
    [InlineData("Радио «Москва»")]
    [InlineData("Наводнение в Осаке")]
    [InlineData("Ελληνικά Νέα")]
    [InlineData("三")]
    [InlineData("五")]
    public async Task TextInAnyScript_IsWrittenAsItself(string text)
    {
        using var client = _app.Factory.CreateClient();

        var html = await client.GetStringAsync($"/?story={Story}&view=aligned");

        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x5927;", html, StringComparison.Ordinal); // 大
        Assert.DoesNotContain("&#x41C;", html, StringComparison.Ordinal);  // М
    }

    [Fact]
    public async Task MarkupInATitle_IsStillShownAsText()
    {
        using var client = _app.Factory.CreateClient();

        var html = await client.GetStringAsync($"/?story={Story}&view=aligned");

        Assert.Contains("&lt;b&gt;速報&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>速報", html, StringComparison.Ordinal);
    }
}
