using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

public sealed class ReadingRoomTests : IClassFixture<ReadingRoomTests.App>
{
    public sealed class App : IDisposable
    {
        public MaliReaderApp Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly MaliReaderApp _app;

    public ReadingRoomTests(App app) => _app = app.Factory;

    [Fact]
    public async Task Home_ShowsBothArticlesUnderTheirSourceLabels()
    {
        var page = await _app.GetDocumentAsync("/");

        var accounts = page.QuerySelectorAll("article.account");
        Assert.Equal(2, accounts.Length);
        Assert.Equal("RT", accounts[0].QuerySelector(".source-label")!.TextContent.Trim());
        Assert.Equal("Unattributed translation (cites Reuters)", accounts[1].QuerySelector(".source-label")!.TextContent.Trim());
        Assert.Contains("Abdoulaye Diop", accounts[0].TextContent);
        Assert.Contains("Abdallah Diop", accounts[1].TextContent);
    }

    [Fact]
    public async Task UnknownStory_Is404()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/?story=no-such-story");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
