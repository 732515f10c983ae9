using Microsoft.Playwright;

namespace MaliReader.Tests.Browser;

/// <summary>
/// A search of two words that some paragraphs hold both of and others one of lists an article twice, once in each
/// list; and one outlet's articles share its name. Each group of hits is found by its heading, so no two landmarks
/// carry one name (axe-core's landmark-unique), as they did when each group was a region labelled with its source.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SearchWithSomeWordsAccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData("/search?q=mali+france", PhoneWidth, PhoneHeight)]
    [InlineData("/search?q=terrorist+airspace", DesktopWidth, DesktopHeight)]
    public async Task ASearchWhoseHitsHoldSomeOfTheWords_HasNoAxeViolations(string path, int width, int height)
    {
        var page = await OpenAsync(path, width, height, colorScheme: ColorScheme.Dark);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} violation(s) on {path}:\n{Axe.Describe(violations)}");
    }
}
