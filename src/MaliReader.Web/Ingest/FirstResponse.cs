namespace MaliReader.Web.Ingest;

/// <summary>
/// Whether the app has answered its first request. Background work that start-up leaves for later (the
/// rest of a first load, the comparisons and the search index) waits for it: the first request compiles
/// much of the pipeline and the page, and on a small machine it would otherwise share the processor with
/// that work and wait twice as long.
/// </summary>
public sealed class FirstResponse(IHostApplicationLifetime lifetime)
{
    // Work is not held back for ever when no request comes: a site nobody has visited yet still gets ready.
    private static readonly TimeSpan AtMost = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsSent => _sent.Task.IsCompleted;

    /// <summary>Called once a response has been written; only the first call counts.</summary>
    public void Sent() => _sent.TrySetResult();

    /// <summary>
    /// Completes once the server listens and has answered a first request, or <see cref="AtMost"/> after it
    /// listens; false when the app stops first.
    /// </summary>
    public async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => listening.TrySetResult()))
        using (stoppingToken.Register(() => listening.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await listening.Task;
                await _sent.Task.WaitAsync(AtMost, stoppingToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // No request yet: the work starts anyway.
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
        return true;
    }
}
