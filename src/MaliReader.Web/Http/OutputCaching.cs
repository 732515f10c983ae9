using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MaliReader.Web.Http;

/// <summary>
/// Server-side caching of pages and GET answers that are a function of their address and the content
/// snapshot alone. Entries are dropped when a new snapshot is swapped in (by tag, on the snapshot's change
/// signal), never by age. The key also holds the snapshot version the request started with, so a page
/// rendered during a swap and stored after the eviction can never be served for the newer content, and
/// the response encoding, so the compressed bytes are kept and served as they are.
/// </summary>
public static class OutputCaching
{
    public const string SnapshotPolicy = "snapshot";

    private const string SnapshotTag = "snapshot";

    public static IServiceCollection AddSnapshotOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        // The policy reads the snapshot and the compression choice from the singletons themselves: through
        // HttpContext.RequestServices, every cache hit would create and dispose a request scope for them.
        // The size comes from the checked settings (see Settings), read when the cache is built.
        services.AddOptions<OutputCacheOptions>().Configure<CurrentSnapshot, IResponseCompressionProvider, IOptions<CachingOptions>>(
            (options, content, compression, settings) =>
        {
            options.SizeLimit = settings.Value.OutputCacheMegabytes * 1024L * 1024L;
            // Paths differ by case: "/p/DUP-1" is a redirect to "/p/dup-1", never the page that address cached.
            options.UseCaseSensitivePaths = true;
            // A page this big is rare and still rendered from memory; keeping it would evict hundreds of others.
            options.MaximumBodySize = 1024 * 1024;
            // Content changes evict by tag; the expiry only hands back memory of pages nobody asks for.
            options.DefaultExpirationTimeSpan = TimeSpan.FromDays(1);
            options.AddPolicy(SnapshotPolicy, policy => policy
                // Every query parameter stays in the key (the default): a page that starts reading a new one
                // can never be served another's entry. Junk parameters only churn the bounded cache.
                .Tag(SnapshotTag)
                .VaryByValue(_ => new("snapshot", content.Value.Version))
                .VaryByValue(context => new("encoding", ResponseEncoding(compression, context)))
                // After the default policy, which allows storage: searches are stored on their second request only.
                // The policy is made once, on the first request, and kept.
                .AddPolicy<SecondHitCaching>());
        });
        services.AddHostedService<OutputCacheEviction>();
        return services;
    }

    /// <summary>The content coding the compression middleware will choose for this request: "br", "gzip" or "identity".</summary>
    private static string ResponseEncoding(IResponseCompressionProvider compression, HttpContext context) =>
        compression.GetCompressionProvider(context)?.EncodingName ?? "identity";

    /// <summary>Drops every cached entry each time a new snapshot is swapped in, re-registering on the next signal.</summary>
    private sealed class OutputCacheEviction(CurrentSnapshot content, IOutputCacheStore store) : IHostedService
    {
        private IDisposable? _registration;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _registration = ChangeToken.OnChange(content.GetChangeToken, Evict);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _registration?.Dispose();
            return Task.CompletedTask;
        }

        // The in-memory store evicts synchronously; were a store slower, entries it still held would be
        // unreachable anyway, since their keys name the replaced snapshot.
        private void Evict() => _ = store.EvictByTagAsync(SnapshotTag, CancellationToken.None).AsTask();
    }
}
