using MaliReader.Tests.Support;
using Microsoft.Playwright;

namespace MaliReader.Tests.Browser;

/// <summary>/status on a phone: long file names wrap inside the table instead of widening the page.</summary>
[Collection(BrowserSuite.Name)]
public sealed class StatusBrowserTests(BrowserFixture browser, StatusBrowserTests.App app) : BrowserTest(browser), IClassFixture<StatusBrowserTests.App>
{
    /// <summary>The app with files named as authors do name them: whole headlines, dates, no spaces.</summary>
    public sealed class App : IDisposable
    {
        public const string LongName = "mali-accuses-france-of-arming-jihadists-and-violating-its-airspace-letter-to-the-security-council-2022-08-17-final-v2.md";

        private readonly BrowserFixture.KestrelApp _app;

        public App()
        {
            var content = new TestContent();
            content.Write(LongName, "---\ntitle: [an unclosed list\n---\n\nText.");
            Directory.CreateDirectory(content.FilePath("reuters-mali-letter-coverage-saved-pages"));
            content.Write("reuters-mali-letter-coverage-saved-pages/https___www.example.org_world_africa_mali-france-letter-security-council-2022-08-17.yml",
                "source: \"Reuters\"\n");
            _app = new BrowserFixture.KestrelApp(content);
            BaseUrl = _app.Start();
        }

        public Uri BaseUrl { get; }

        public void Dispose() => _app.Dispose();
    }

    [Theory]
    [InlineData(PhoneWidth, PhoneHeight)]
    [InlineData(320, 640)]
    public async Task Status_OnAPhone_WrapsLongFileNames_WithoutScrollingSideways(int width, int height)
    {
        var page = await Browser.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync(new Uri(app.BaseUrl, "/status").ToString());
            var longName = page.Locator(".status-errors td code", new() { HasText = App.LongName });
            await Assertions.Expect(longName).ToBeVisibleAsync();
            Assert.Equal(1, await page.Locator(".status-warnings tbody tr").CountAsync());

            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");
            Assert.True(scrollWidth <= innerWidth, $"/status is {scrollWidth}px wide in a {innerWidth}px window: it scrolls sideways");
            foreach (var table in await page.Locator("table").AllAsync())
            {
                var box = (await table.BoundingBoxAsync())!;
                Assert.True(box.X >= 0 && box.X + box.Width <= innerWidth, $"A table spans x={box.X}..{box.X + box.Width} in a {innerWidth}px window");
            }
            // The name wraps onto several lines rather than being cut off or hidden.
            var name = (await longName.BoundingBoxAsync())!;
            Assert.True(name.Height > 40, $"The long file name is {name.Height}px tall: it does not wrap");
            Assert.True(await longName.EvaluateAsync<bool>("code => code.scrollWidth <= code.clientWidth + 1 || getComputedStyle(code).display === 'inline'"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
