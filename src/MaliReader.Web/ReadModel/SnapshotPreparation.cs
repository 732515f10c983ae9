using System.Diagnostics;
using MaliReader.Web.Hosting;
using MaliReader.Web.Ingest;
using MaliReader.Web.Search;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Web.ReadModel;

/// <summary>
/// Builds, off the request path, what a snapshot computes on first use: the comparison of every story
/// and the search index. Without it the first reader to search or open a story after start-up or a
/// content change waits for that work (seconds at thousands of articles) while holding a request.
/// Starts once the server has answered its first request, so that the first page is not kept waiting either. A snapshot of a load
/// still under way is not prepared: another follows within a second, and the work would be thrown away.
/// The comparisons are then stored, so that a restart on the same content takes them instead of comparing again.
/// </summary>
public sealed partial class SnapshotPreparation(
    CurrentSnapshot current,
    FirstResponse firstResponse,
    ComparisonStore comparisons,
    ILogger<SnapshotPreparation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await firstResponse.WaitAsync(stoppingToken))
        {
            return;
        }
        ContentSnapshot? prepared = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before the snapshot is read, so that a replacement in between is not missed.
            var changed = current.GetChangeToken();
            var snapshot = current.Value;
            if (!ReferenceEquals(snapshot, prepared) && snapshot.Loading is null)
            {
                await DedicatedThread.Run(() => Prepare(snapshot, stoppingToken), stoppingToken);
                prepared = snapshot;
            }
            var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (changed.RegisterChangeCallback(_ => next.TrySetResult(), null))
            using (stoppingToken.Register(() => next.TrySetCanceled(stoppingToken)))
            {
                await next.Task;
            }
        }
    }

    private void Prepare(ContentSnapshot snapshot, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            snapshot.CompareAllStories(stoppingToken);
            SearchService.PrepareIndex(snapshot);
            // Last: another process holding the database's write lock keeps this waiting, and nothing else with it.
            if (snapshot.StoriesCompared > 0)
            {
                Store(snapshot);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not fatal: what failed here is computed again, and reported, on first use.
            LogPreparationFailed(e);
            return;
        }
        // Loading content and building the index and the comparisons leave the files' bytes, the previous
        // snapshot and the builders' working sets behind: a heap several times what the snapshot needs, which
        // requests (they allocate little) would not collect for hours. One compacting collection returns it
        // to the system; content changes are rare, and the pause is tens of milliseconds.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogPrepared(snapshot.Articles.Count, milliseconds, snapshot.StoriesCompared, snapshot.ComparableStories - snapshot.StoriesCompared);
    }

    private void Store(ContentSnapshot snapshot)
    {
        try
        {
            comparisons.Save(snapshot.Version, snapshot.Comparisons());
        }
        catch (SqliteException e) when (Database.IsOutOfService(e))
        {
            // Ingest reports the database out of reach (log, /status, /healthz) and tries it again: one line here is enough.
            LogComparisonsNotStoredOutOfReach(e.Message);
        }
        catch (SqliteException e)
        {
            // The comparisons are served from memory all the same; only the next start compares again.
            LogComparisonsNotStored(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The comparisons could not be stored; the next start compares the stories again")]
    private partial void LogComparisonsNotStored(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The comparisons could not be stored, as the database cannot be written or used ({Reason}); the next start compares the stories again")]
    private partial void LogComparisonsNotStoredOutOfReach(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prepared comparisons and the search index of {Articles} articles in {Milliseconds:F0} ms: {Compared} stories compared, {Stored} taken as stored")]
    private partial void LogPrepared(int articles, double milliseconds, int compared, int stored);

    [LoggerMessage(Level = LogLevel.Error, Message = "Preparing comparisons and the search index failed; they are built on first use instead")]
    private partial void LogPreparationFailed(Exception exception);
}
