using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

/// <summary>
/// The search box cuts nothing a reader pastes: the server counts a search's length as a reader counts characters and
/// explains its limit, while a maxlength attribute, counted by the browser in UTF-16 units, cut 300 pasted characters
/// beyond the Basic Multilingual Plane (rare ideographs, emoji) to 250 without a word.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SearchBoxLengthBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData("\U00020BB7")]
    [InlineData("\U0001F30D")]
    public async Task PastingThreeHundredCharactersIntoTheSearchBox_KeepsThemAll(string character)
    {
        var text = string.Concat(Enumerable.Repeat(character, 300));
        var page = await OpenAsync("/", PhoneWidth, PhoneHeight);
        var box = page.Locator("#site-search");

        await box.FocusAsync();
        await page.Keyboard.InsertTextAsync(text);

        await Expect(box).ToHaveValueAsync(text);
    }
}
