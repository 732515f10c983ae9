namespace MaliReader.Web.Hosting;

/// <summary>
/// Runs long background work (reading a folder of files, comparing every story, building the search index,
/// checking the database) on a thread of its own rather than the thread pool. The pool keeps about as many
/// threads as the machine has cores and adds more only after about a second of starvation; a job of seconds
/// holding a pool thread on a one- or two-core machine leaves the server's own work queued behind it: measured
/// on one core, the first page of a start-up reached the client 1.2 s after it had been rendered, while the
/// comparisons and the search index were built.
/// </summary>
public static class DedicatedThread
{
    /// <summary>Runs <paramref name="work"/> on a new thread; the task completes, or faults, with it.</summary>
    public static Task Run(Action work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// The threads a parallel loop inside such work may use, the calling thread included: one pool thread
    /// fewer than the cores, so that requests keep a pool thread of their own however long the loop runs.
    /// </summary>
    public static ParallelOptions LeavingAPoolThread() => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
