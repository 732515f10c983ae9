using MaliReader.Web.Hosting;
using Microsoft.Extensions.Options;

namespace MaliReader.Web.Ingest;

/// <summary>
/// Runs ingest, off the request path, when anything in the content folder changes, and finishes a first
/// load that start-up left part-read once the app has answered its first request; while the database cannot be written, also
/// every <see cref="DatabaseOptions.RetrySeconds"/>, so that it is taken back on its own. Nothing a run throws stops the host:
/// the error is logged and the snapshot served before stays.
/// </summary>
public sealed partial class ContentWatcher(
    ContentIngest ingest,
    IOptions<ContentOptions> options,
    IOptions<DatabaseOptions> databaseOptions,
    FirstResponse firstResponse,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    // Editors write a file in several steps; a run starts once events have been quiet this long.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    // The whole-file check reads every page of the database: it waits until the first pages have been
    // served, so that on a small machine it does not compete with them for the processor and the disk.
    private static readonly TimeSpan CheckDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = options.Value.Path;
        var check = CheckDatabaseLater(stoppingToken);
        if (!Directory.Exists(path))
        {
            await check;
            return;
        }
        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal() => changed.Release();
        watcher.Changed += (_, _) => Signal();
        watcher.Created += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        // An overflowing event buffer loses events, not changes: a run rescans the whole folder.
        watcher.Error += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;

        // Watched first, so that a file saved while the rest of the folder is read is read again after it.
        if (ingest.IsLoading && await firstResponse.WaitAsync(stoppingToken))
        {
            await DedicatedThread.Run(RunSync, stoppingToken);
        }

        var retry = TimeSpan.FromSeconds(databaseOptions.Value.RetrySeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var changeSeen = await changed.WaitAsync(ingest.DatabaseProblem is null ? Timeout.InfiniteTimeSpan : retry, stoppingToken);
            while (changeSeen && await changed.WaitAsync(Settle, stoppingToken))
            {
                // Swallow the burst of events one save makes.
            }
            await DedicatedThread.Run(RunSync, stoppingToken);
        }
    }

    private void RunSync()
    {
        try
        {
            ingest.Sync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSyncFailed(e);
        }
    }

    /// <summary>The whole-file check that start-up leaves out, on a thread of its own while changes are watched.</summary>
    private async Task CheckDatabaseLater(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(CheckDelay, stoppingToken);
            await DedicatedThread.Run(ingest.CheckDatabase, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSyncFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the changed content failed; the content served before is still served")]
    private partial void LogSyncFailed(Exception exception);
}
