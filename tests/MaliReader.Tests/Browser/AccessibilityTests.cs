using Microsoft.Playwright;

namespace MaliReader.Tests.Browser;

[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData("/", ColorScheme.Light)]
    [InlineData("/", ColorScheme.Dark)]
    [InlineData("/#mali-france-rt-3", ColorScheme.Light)]
    [InlineData("/#mali-france-rt-3", ColorScheme.Dark)]
    [InlineData("/no-such-page", ColorScheme.Light)]
    [InlineData("/no-such-page", ColorScheme.Dark)]
    [InlineData("/search?q=France", ColorScheme.Light)]
    [InlineData("/search?q=France", ColorScheme.Dark)]
    [InlineData("/?story=mali-france-un-letter&q=Diop#mali-france-rt-4", ColorScheme.Light)]
    [InlineData("/?story=mali-france-un-letter&q=Diop#mali-france-rt-4", ColorScheme.Dark)]
    [InlineData("/p/mali-france-rt-3", ColorScheme.Light)]
    [InlineData("/p/mali-france-rt-3", ColorScheme.Dark)]
    [InlineData("/p/mali-france-rt-999", ColorScheme.Light)]
    [InlineData("/p/mali-france-rt-999", ColorScheme.Dark)]
    public async Task Page_HasNoAxeViolations(string path, ColorScheme colorScheme)
    {
        var page = await OpenAsync(path, colorScheme: colorScheme);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} violation(s) on {path} ({colorScheme}):\n{Axe.Describe(violations)}");
    }
}
