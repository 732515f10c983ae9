using MaliReader.Tests.Support;

namespace MaliReader.Tests.Ingest;

// One unreadable file is counted in the singular, as a monitor's reader would write it.
public sealed class HealthWordingTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task OneUnreadableFile_IsNamedInTheSingular()
    {
        _content.Write("empty.md", "");
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        var health = await client.GetStringAsync("/healthz");

        Assert.Contains("1 content file could not be read: empty.md", health);
    }
}
