using MaliReader.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

/// <summary>
/// In a browser, characters beyond the BMP (an emoji, a flag, a CJK Extension B ideograph, Adlam letters, mathematical
/// letters) read as themselves in a search snippet, the reading room and the page title, never as "&amp;#x1F600;".
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SupplementaryCharactersBrowserTests(BrowserFixture browser, SupplementaryCharactersBrowserTests.App app)
    : BrowserTest(browser), IClassFixture<SupplementaryCharactersBrowserTests.App>
{
    public const string Title = "Timbuktu cheers 😀 𠮷田";
    public const string Text = "The crowd in Timbuktu cheered 😀 and the flag 🇲🇱 was raised by 𠮷田 beside the Adlam word 𞤀𞤣𞤤𞤢𞤥 and 𝐀𝐁𝐂 in bold.";

    public sealed class App : IDisposable
    {
        private readonly BrowserFixture.KestrelApp _app;

        public App()
        {
            var content = new TestContent(withSeedArticles: false);
            content.Write("astral.md", TestContent.Article(Title, "𝐀𝐁𝐂 News", "astral", Text, "Markdown *emphasis 😀* in Timbuktu."));
            _app = new BrowserFixture.KestrelApp(content);
            BaseUrl = _app.Start();
        }

        public Uri BaseUrl { get; }

        public void Dispose() => _app.Dispose();
    }

    [Fact]
    public async Task SearchSnippetAndReadingRoom_ShowTheCharacters()
    {
        var page = await Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(app.BaseUrl, "/search?q=timbuktu").ToString());
            await Expect(page.Locator(".search-hit[data-paragraph-id='astral-1'] .search-snippet")).ToHaveTextAsync(Text);
            await Expect(page.Locator(".search-hit[data-paragraph-id='astral-2'] .search-snippet em")).ToHaveTextAsync("emphasis 😀");
            await Expect(page.Locator(".search-article")).ToHaveTextAsync(Title);

            await page.GotoAsync(new Uri(app.BaseUrl, "/p/astral-1").ToString());
            Assert.Contains(Title, await page.TitleAsync(), StringComparison.Ordinal);
            await Expect(page.Locator(".permalink-context #astral-1")).ToContainTextAsync(Text);
            Assert.DoesNotContain("&#", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
