using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MaliReader.Web.Articles;

/// <summary>Re-runs the content pipeline, off the request path, when a file in the content folder changes.</summary>
public sealed partial class ContentWatcher(
    ContentPipeline pipeline,
    IOptions<ContentOptions> options,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    // Editors write a file in several steps; wait for them to settle before reading.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Directory.Exists(options.Value.Path))
        {
            return;
        }
        using var files = new PhysicalFileProvider(Path.GetFullPath(options.Value.Path));
        var changes = files.Watch("*.md");
        while (!stoppingToken.IsCancellationRequested)
        {
            await WhenChanged(changes, stoppingToken);
            await Task.Delay(Settle, stoppingToken);
            // Watch again before reading, so that a change made during the run is not missed.
            changes = files.Watch("*.md");
            try
            {
                pipeline.Run();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                LogReloadFailed(e);
            }
        }
    }

    private static async Task WhenChanged(IChangeToken changes, CancellationToken stoppingToken)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (changes.RegisterChangeCallback(_ => changed.TrySetResult(), null))
        {
            await changed.Task.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading content failed; the previous content is still served")]
    private partial void LogReloadFailed(Exception exception);
}
