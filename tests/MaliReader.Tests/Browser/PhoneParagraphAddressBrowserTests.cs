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

    [Theory]
    [InlineData("/?story=mali-france-un-letter#mali-france-translation-title", "mali-france-translation-title")]
    [InlineData("/?story=mali-france-un-letter&view=aligned#mali-france-translation-title", "mali-france-translation-title")]
    [InlineData("/?story=mali-france-un-letter&view=aligned#row-9", "mali-france-translation-9")]
    public async Task AnAddressAtAnotherPartOfTheSecondAccount_OnAPhone_ShowsItBelowTheSwitch(string path, string shownId)
    {
        var page = await OpenAsync(path, PhoneWidth, PhoneHeight);

        await AssertShownBelowTheSwitchAsync(page, shownId);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Unattributed translation", Exact = true }))
            .ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task AnAddressChangedAfterLoading_OnAPhone_ShowsTheParagraphOfTheSecondAccount()
    {
        var page = await OpenAsync("/?story=mali-france-un-letter", PhoneWidth, PhoneHeight);

        await page.EvaluateAsync("() => { window.location.hash = 'mali-france-translation-6'; }");

        await AssertShownBelowTheSwitchAsync(page, "mali-france-translation-6");
    }

    [Theory]
    [InlineData("", "a.difference-link[href='#mali-france-translation-9']", "mali-france-translation-9")]
    [InlineData("&view=aligned", "a.difference-link[href='#row-9']", "mali-france-translation-9")]
    [InlineData("", "a.overview-segment[href='#mali-france-translation-3']", "mali-france-translation-3")]
    [InlineData("&view=aligned", "a.overview-segment[href='#row-3']", "mali-france-translation-3")]
    public async Task ALinkInThePageToAParagraphOfAHiddenAccount_OnAPhone_ShowsThatParagraph(string view, string link, string shownId)
    {
        var page = await OpenAsync("/?story=mali-france-un-letter" + view, PhoneWidth, PhoneHeight);
        await Expect(page.Locator($"[id='{shownId}']")).ToBeHiddenAsync();
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(details => details.open = true)");

        await page.Locator(link).ClickAsync();

        await AssertShownBelowTheSwitchAsync(page, shownId);
    }

    private static async Task AssertShownBelowTheSwitchAsync(IPage page, string id)
    {
        var shown = page.Locator($"[id='{id}']");
        await Expect(shown).ToBeInViewportAsync();
        var switcher = (await page.Locator(".account-switch").BoundingBoxAsync())!;
        var box = (await shown.BoundingBoxAsync())!;
        Assert.True(box.Y >= switcher.Y + switcher.Height - 1, $"{id} should not hide under the sticky switch");
    }
}
