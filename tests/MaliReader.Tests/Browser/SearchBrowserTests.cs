using System.Text.RegularExpressions;
using MaliReader.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

[Collection(BrowserSuite.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Word = "Diop";

    [Fact]
    public async Task Slash_FocusesSearch_EnterShowsResults_AndAResultOpensItsParagraphHighlightedWithTheWordMarked()
    {
        var page = await OpenAsync("/");
        var box = page.Locator("#site-search");

        await page.Keyboard.PressAsync("/");

        await Expect(box).ToBeFocusedAsync();
        await Expect(box).ToHaveValueAsync("");

        await page.Keyboard.TypeAsync(Word);
        await page.Keyboard.PressAsync("Enter");

        // The address is polled rather than waited for as an event, which a busy machine can let slip past.
        await Expect(page).ToHaveURLAsync(Address($"/search?q={Word}"));

        var hits = page.Locator("li.search-hit");
        await Expect(hits.First).ToBeVisibleAsync();
        await Expect(box).ToHaveValueAsync(Word);
        foreach (var snippet in await hits.Locator(".search-snippet").AllAsync())
        {
            await Expect(snippet.Locator("mark").First).ToHaveTextAsync(Word, new() { IgnoreCase = true });
        }

        var first = hits.First;
        var target = await first.GetAttributeAsync("data-paragraph-id") ?? throw new InvalidOperationException("A search hit names no paragraph");
        await first.Locator("a.search-hit-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(Address($"/?story={TestContent.Story}&q={Word}#{target}"));

        var paragraph = page.Locator($"[id='{target}']");
        await Expect(paragraph).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, $"The page should have scrolled down to {target}");

        var highlight = await BackgroundAsync(paragraph);
        Assert.True(highlight != "rgba(0, 0, 0, 0)", $"{target}, the result followed, should have a background of its own");
        // Another paragraph of the same account, which the arrival must not highlight.
        var neighbour = page.Locator($".account:has([id='{target}']) p.paragraph:not([id='{target}'])").First;
        Assert.NotEqual(highlight, await BackgroundAsync(neighbour));

        var mark = paragraph.Locator("mark").First;
        await Expect(mark).ToBeVisibleAsync();
        await Expect(mark).ToHaveTextAsync(Word, new() { IgnoreCase = true });
        Assert.True(await BackgroundAsync(mark) != highlight, $"The marked word has the paragraph's own background {highlight}: it does not stand out");
    }

    [Fact]
    public async Task Slash_TypedInTheSearchBox_IsASlash_NotTheShortcut()
    {
        var page = await OpenAsync("/");
        var box = page.Locator("#site-search");
        await box.ClickAsync();

        // Were the shortcut to fire, it would select what is typed so far and the next key would replace it.
        await page.Keyboard.TypeAsync("Mali/France");

        await Expect(box).ToHaveValueAsync("Mali/France");
        await Expect(box).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("中")]
    [InlineData("😀")]
    public async Task TenThousandCharacterSearch_InAnyScript_IsAnsweredWithTheLengthLimit(string character)
    {
        var query = string.Concat(Enumerable.Repeat(character, 10_000 / character.Length));
        var page = await Browser.NewPageAsync();
        try
        {
            var response = await page.GotoAsync($"/search?q={Uri.EscapeDataString(query)}");

            Assert.Equal(200, response?.Status);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("at most 500 characters");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private Regex Address(string pathAndQuery) => new($"^{Regex.Escape(new Uri(Browser.BaseUrl, pathAndQuery).ToString())}$");
}
