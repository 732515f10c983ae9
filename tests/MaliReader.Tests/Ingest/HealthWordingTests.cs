using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Hosting;

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

    [Fact]
    public async Task ManyUnreadableFiles_AreCounted_WithTheFirstTenNamed_OnOneShortLine()
    {
        for (var i = 0; i < 300; i++)
        {
            _content.Write($"empty-{i:D3}.md", "");
        }
        using var factory = new MaliReaderApp(_content);
        // Read in one batch at start, so that the answer is not "loading".
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("Content:LoadBatchSize", "1000"));
        using var client = app.CreateClient();

        var health = await client.GetStringAsync("/healthz");

        Assert.Contains("300 content files could not be read: empty-000.md, ", health, StringComparison.Ordinal);
        Assert.Contains("empty-009.md and 290 more; see /status", health, StringComparison.Ordinal);
        Assert.DoesNotContain("empty-010.md", health, StringComparison.Ordinal);
        Assert.True(health.Length < 1_000, $"{health.Length} characters");
    }
}
