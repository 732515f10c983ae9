using System.Text.RegularExpressions;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliReader.Tests.Browser;

/// <summary>The comparison in a real browser: the view switch, counterpart highlighting, the phone's account switch.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ComparisonBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly string Rt3 = Paragraph.MakeId(TestContent.RtSlug, 3);
    private static readonly string Translation4 = Paragraph.MakeId(TestContent.TranslationSlug, 4);

    private static ILocator ById(IPage page, string id) => page.Locator($"[id='{id}']");

    [Fact]
    public async Task WithoutJavaScript_TheAlignedLink_ShowsCounterpartsInOneRow()
    {
        var page = await OpenAsync("/", javaScriptEnabled: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Aligned", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"view=aligned"));
        var row = page.Locator(".aligned-row", new() { Has = ById(page, Rt3) });
        await Expect(row.Locator($"[id='{Translation4}']")).ToBeVisibleAsync();
        var left = await row.Locator($".aligned-cell[data-account='{TestContent.RtSlug}']").BoundingBoxAsync();
        var right = await row.Locator($".aligned-cell[data-account='{TestContent.TranslationSlug}']").BoundingBoxAsync();
        Assert.True(right!.X >= left!.X + left.Width, "On a wide screen the counterparts sit to the right of their paragraph");
        Assert.True(Math.Abs(right.Y - left.Y) < 1, "The cells of a row start at the same height");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?view=aligned")]
    public async Task HoveringOrFocusingAParagraph_HighlightsItsCounterpart(string path)
    {
        var page = await OpenAsync(path);
        var counterpart = ById(page, Translation4);
        var before = await BackgroundAsync(counterpart);

        await ById(page, Rt3).HoverAsync();
        await Expect(counterpart).ToHaveClassAsync(new Regex(@"\bis-counterpart\b"));
        Assert.NotEqual(before, await BackgroundAsync(counterpart));

        await page.Locator(".site-name").HoverAsync();
        await Expect(counterpart).Not.ToHaveClassAsync(new Regex(@"\bis-counterpart\b"));

        // Reached with the keyboard, while the pointer rests at the top of the page as it scrolls.
        await ById(page, Rt3).Locator("a.paragraph-link").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator($".counterparts[data-for='{Rt3}'] a.counterpart-link").First).ToBeFocusedAsync();
        await Expect(counterpart).ToHaveClassAsync(new Regex(@"\bis-counterpart\b"));
    }

    [Fact]
    public async Task DifferencesPanel_LinkLeadsToThePairsRow()
    {
        var page = await OpenAsync("/?view=aligned");

        await page.Locator("details.differences summary").ClickAsync();
        var name = page.Locator(".difference-name", new() { HasText = "Abdoulaye" });
        await name.Locator("a.difference-link").ClickAsync();

        var row = page.Locator(".aligned-row:target");
        await Expect(row).ToBeInViewportAsync();
        await Expect(row.Locator($"[id='{Rt3}']")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?view=aligned")]
    public async Task Phone_ShowsOneAccountAtATime_AndTheSwitchKeepsTheReadersPlace(string path)
    {
        var page = await OpenAsync(path, PhoneWidth, PhoneHeight);
        var rt3 = ById(page, Rt3);
        await Expect(ById(page, Translation4)).ToBeHiddenAsync();

        // The reader has got to RT's airspace paragraph.
        await rt3.EvaluateAsync("p => window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 80)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Unattributed translation", Exact = true }).ClickAsync();

        await Expect(rt3).ToBeHiddenAsync();
        var counterpart = ById(page, Translation4);
        await Expect(counterpart).ToBeInViewportAsync();
        var switcher = await page.Locator(".account-switch").BoundingBoxAsync();
        var box = await counterpart.BoundingBoxAsync();
        Assert.True(box!.Y >= switcher!.Y + switcher.Height - 1, "The counterpart should not hide under the sticky switch");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= PhoneWidth, $"The page is {scrollWidth}px wide on a {PhoneWidth}px phone");

        // And back again: RT's paragraph returns to the screen.
        await page.GetByRole(AriaRole.Link, new() { Name = "RT", Exact = true }).ClickAsync();
        await Expect(rt3).ToBeInViewportAsync();
    }

    [Theory]
    [InlineData("/?view=aligned", ColorScheme.Light)]
    [InlineData("/?view=aligned", ColorScheme.Dark)]
    [InlineData("/p/mali-france-rt-3", ColorScheme.Dark)]
    public async Task ComparisonPages_HaveNoAxeViolations_WithThePanelOpen(string path, ColorScheme colorScheme)
    {
        var page = await OpenAsync(path, colorScheme: colorScheme);
        if (await page.Locator("details.differences").CountAsync() > 0)
        {
            await page.Locator("details.differences summary").ClickAsync();
        }

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} violation(s) on {path} ({colorScheme}):\n{Axe.Describe(violations)}");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task PhoneAlignedView_HasNoAxeViolations(ColorScheme colorScheme)
    {
        var page = await OpenAsync("/?view=aligned", PhoneWidth, PhoneHeight, colorScheme: colorScheme);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} violation(s) ({colorScheme}):\n{Axe.Describe(violations)}");
    }
}
