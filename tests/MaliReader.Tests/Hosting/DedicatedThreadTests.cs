using MaliReader.Web.Hosting;

namespace MaliReader.Tests.Hosting;

/// <summary>Long background work leaves the thread pool, which serves requests, alone.</summary>
public sealed class DedicatedThreadTests
{
    [Fact]
    public async Task Work_runs_on_a_thread_outside_the_pool()
    {
        bool? onPool = null;

        await DedicatedThread.Run(() => onPool = Thread.CurrentThread.IsThreadPoolThread, CancellationToken.None);

        Assert.False(onPool);
    }

    [Fact]
    public async Task A_failure_in_the_work_reaches_whoever_awaits_it()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => DedicatedThread.Run(() => throw new InvalidOperationException("disk gone"), CancellationToken.None));

        Assert.Equal("disk gone", failure.Message);
    }

    [Fact]
    public async Task Work_cancelled_before_it_starts_never_runs()
    {
        var ran = false;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DedicatedThread.Run(() => ran = true, cancelled.Token));

        Assert.False(ran);
    }
}
