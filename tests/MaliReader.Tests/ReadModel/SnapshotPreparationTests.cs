using MaliReader.Tests.Support;

namespace MaliReader.Tests.ReadModel;

/// <summary>
/// The comparisons and the search index are built in the background once the app serves, and again
/// after each content change, so that no reader's request waits for them; the operator sees each in the log.
/// </summary>
public sealed class SnapshotPreparationTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AfterStartAndAfterEachChange_ComparisonsAndSearchIndexAreBuiltWithoutARequest()
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        await WaitForLog(app, "Prepared comparisons and the search index of 2 articles");

        _content.Write("mali-france-third.md", TestContent.Article("A third account", "Third outlet", TestContent.Story,
            "Mali's foreign minister wrote to the Security Council about French flights over Malian airspace."));

        await WaitForLog(app, "Prepared comparisons and the search index of 3 articles");
        var aligned = await client.GetStringAsync("/?view=aligned");
        Assert.Contains("Third outlet", aligned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestartOnTheSameContent_ServesTheStoredComparisonsAndComparesNothing()
    {
        string page;
        using (var first = new MaliReaderApp(_content))
        {
            using var client = first.CreateClient();
            page = await client.GetStringAsync("/?view=aligned");
            await WaitForLog(first, "1 stories compared, 0 taken as stored");
        }

        using var restarted = new MaliReaderApp(_content);
        using var restartedClient = restarted.CreateClient();

        Assert.Equal(page, await restartedClient.GetStringAsync("/?view=aligned"));
        await WaitForLog(restarted, "0 stories compared, 1 taken as stored");
    }

    private static async Task WaitForLog(MaliReaderApp app, string message)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!app.Logs.Entries.Any(entry => entry.Contains(message, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The log never said \"{message}\"; it said:\n{string.Join('\n', app.Logs.Entries)}");
            await Task.Delay(50);
        }
    }
}
