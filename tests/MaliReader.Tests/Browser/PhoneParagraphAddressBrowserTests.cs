using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

/// <summary>
/// On a phone the reading room shows one account at a time. An address that points at a paragraph of another account
/// than the first (a search hit's "Read it in the reading room", the paragraph page's "Compare them side by side", a
/// shared link) must open that account at that paragraph, not the first account at its top with the paragraph hidden.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneParagraphAddressBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData("/?story=mali-france-un-letter#mali-france-translation-4")]
    [InlineData("/?story=mali-france-un-letter&q=airspace#mali-france-translation-4")]
    [InlineData("/?story=mali-france-un-letter&view=aligned#mali-france-translation-4")]
    public async Task AnAddressAtAParagraphOfTheSecondAccount_OnAPhone_ShowsThatParagraph(string path)
    {
        var page = await OpenAsync(path, PhoneWidth, PhoneHeight);

        await Expect(page.Locator("[id='mali-france-translation-4']")).ToBeInViewportAsync();
    }
}
