using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Http;

/// <summary>The app's own output cache store, counting the answers it gives from what it holds, and the answers it is given.</summary>
public sealed class CountingOutputCacheStore(IOutputCacheStore inner) : IOutputCacheStore
{
    private int _hits;
    private int _stored;

    public int Hits => Volatile.Read(ref _hits);

    public int Stored => Volatile.Read(ref _stored);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var entry = await inner.GetAsync(key, cancellationToken);
        if (entry is not null)
        {
            Interlocked.Increment(ref _hits);
        }
        return entry;
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _stored);
        return inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    /// <summary>Puts a counting wrapper around the store the app registers, built as the app builds it.</summary>
    public static void Replace(IServiceCollection services)
    {
        var registered = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => new CountingOutputCacheStore(
            (IOutputCacheStore)(registered.ImplementationInstance ?? registered.ImplementationFactory!(provider))));
    }
}
