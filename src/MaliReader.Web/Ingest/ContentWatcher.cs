using System.Diagnostics;
using MaliReader.Web.Hosting;
using Microsoft.Extensions.Options;

namespace MaliReader.Web.Ingest;

/// <summary>
/// Runs ingest, off the request path, when anything in the content folder changes, and finishes a first
/// load that start-up left part-read once the app has answered its first request; also every
/// <see cref="DatabaseOptions.RetrySeconds"/>, for changes that send no event (a file edited through a hard link from
/// outside the folder, a network share written from another machine) and a database that could not be written. A content folder that is missing,
/// or goes, is looked for as often, and read again once it is back. Nothing a run throws stops the host:
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
    private static readonly TimeSpan MaxSettle = TimeSpan.FromSeconds(1);

    // The whole-file check reads every page of the database: it waits until the first pages have been
    // served, so that on a small machine it does not compete with them for the processor and the disk.
    private static readonly TimeSpan CheckDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WatchUntilStopped(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is not a failure, though a host that failed to start (its address already in use) stops the
            // service without saying it stops, and would log the cancellation as the service's crash.
        }
    }

    private async Task WatchUntilStopped(CancellationToken stoppingToken)
    {
        var path = options.Value.Path;
        var retry = TimeSpan.FromSeconds(databaseOptions.Value.RetrySeconds);
        var check = CheckDatabaseLater(stoppingToken);
        var firstLoad = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (Directory.Exists(path))
            {
                // Returns once the folder is gone (deleted, renamed away, unmounted).
                await WatchAsync(path, retry, firstLoad, stoppingToken);
                firstLoad = false;
                continue;
            }
            // A missing folder cannot be watched: it is looked for every retry period, and read once it is back and
            // watched. The database is tried again meanwhile too.
            firstLoad = false;
            await Task.Delay(retry, stoppingToken);
            if (!Directory.Exists(path) && ingest.DatabaseProblem is not null)
            {
                await DedicatedThread.Run(RunSync, stoppingToken);
            }
        }
        await check;
    }

    private async Task WatchAsync(string path, TimeSpan retry, bool firstLoad, CancellationToken stoppingToken)
    {
        var watched = RegularFile.IdentityOf(path);
        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = true,
            // Attributes: a file's permission given back (chmod) is a change worth a run, though its size and time stay.
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.Attributes,
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
        if (firstLoad && ingest.IsLoading && await firstResponse.WaitAsync(stoppingToken))
        {
            await DedicatedThread.Run(RunSync, stoppingToken);
        }
        // A folder that appeared after start-up, or came back, is read whole as soon as it is watched.
        else if (!firstLoad)
        {
            await DedicatedThread.Run(RunSync, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Also woken every retry period: a folder renamed away or unmounted sends its watcher no event for the
            // folder itself, and one put in its place is another folder, which this watcher does not see.
            var changeSeen = await changed.WaitAsync(retry, stoppingToken);
            var settling = Stopwatch.GetTimestamp();
            while (changeSeen && Stopwatch.GetElapsedTime(settling) < MaxSettle && await changed.WaitAsync(Settle, stoppingToken))
            {
                // Swallow the burst of events one save makes, but not for ever: a file written without pause (a log,
                // a slow copy) would otherwise keep every article saved meanwhile from being read.
            }
            var folderGone = !Directory.Exists(path) || RegularFile.IdentityOf(path) != watched;
            // A run on every wake-up, event or not: a file edited through a hard link from outside the folder, or from
            // another machine on a network share, sends this watcher no event. With nothing changed, a run only
            // compares each file's stamp with the one it had.
            await DedicatedThread.Run(RunSync, stoppingToken);
            if (folderGone)
            {
                // Read while it was not there, or read as the other folder now at the path: either way, watched anew.
                return;
            }
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
