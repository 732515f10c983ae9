using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MaliReader.Web.Http;

/// <summary>Settings of the "RateLimiting" section: searches allowed per client address and window.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Off for benchmarks and tests that send floods on purpose.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Searches one client address may make per window: generous for a person, tripped by a flood.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "not a whole number of 1 or more")]
    public int PermitLimit { get; set; } = 60;

    // At most a day: the limiter's timer refuses a period much past 49 days, and a longer window is no rate.
    [Range(1, 86_400, ErrorMessage = "not a whole number of seconds from 1 to 86400 (a day)")]
    public int WindowSeconds { get; set; } = 10;
}

/// <summary>
/// Limits searches (the page and the API) per client address; a refused API search gets problem+json,
/// a refused search page the site's own 429 page; every other route is served from the
/// snapshot at almost no cost and is not limited. Pages and APIs stay ignorant of it: the limiter
/// picks search requests by path, so both search routes share one budget per client.
/// </summary>
public static class SearchRateLimiting
{
    public static readonly IReadOnlyList<PathString> SearchPaths = ["/search", "/api/search"];

    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<RateLimitingOptions>(configuration, RateLimitingOptions.Section);
        services.AddRateLimiter(limiter => limiter.OnRejected = WriteTooManyRequests);
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, settings) =>
        {
            var options = settings.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.Enabled && IsSearch(context.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitLimit,
                        Window = TimeSpan.FromSeconds(options.WindowSeconds),
                        QueueLimit = 0, // a flood is refused at once, never parked in memory
                    })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    public static bool IsSearch(PathString path)
    {
        // Asked of every request: a plain loop, no allocation.
        foreach (var search in SearchPaths)
        {
            if (path.Equals(search, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The partition of a client: its IPv4 address, or the /64 network of an IPv6 address, since one
    /// IPv6 host usually holds a whole /64 and could otherwise take a fresh address per request.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask WriteTooManyRequests(OnRejectedContext rejected, CancellationToken _)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (!ApiProblems.IsApi(context.Request.Path))
        {
            // A person on the search page: no body here, so the status code page explains the wait in the
            // site's layout, with the status and Retry-After kept.
            return;
        }
        // Problem+json for programs, whatever they accept: a page of status text would hide the wait.
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many searches",
            detail: $"This address has searched too often in a short time. Try again in {retryAfter} seconds.")
            .ExecuteAsync(context);
    }
}
