using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MaliReader.Web.Http;

/// <summary>Settings of the "ForwardedHeaders" section.</summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>
    /// Addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.
    /// Empty (the default): the headers are ignored, so no client can pose as another address to the
    /// search rate limit, or claim HTTPS.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// Adds the proxies given as one value, separated by commas or spaces (<c>ForwardedHeaders__KnownProxies=10.0.0.1,10.0.0.2</c>,
    /// the form an environment variable takes): the configuration binder reads a list only from numbered
    /// keys (<c>KnownProxies:0</c>) and would drop such a value without a word, leaving the proxy untrusted
    /// and every reader behind it counted by the search limit as one client.
    /// </summary>
    public void AddListedInOneValue(IConfiguration configuration)
    {
        if (configuration[$"{Section}:{nameof(KnownProxies)}"] is { } listed)
        {
            KnownProxies = [.. KnownProxies, .. listed.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KnownProxies.FirstOrDefault(proxy => !IsWrittenOut(proxy)) is { } wrong)
        {
            yield return new ValidationResult($"not a list of IP addresses (\"{wrong}\" is none)", [nameof(KnownProxies)]);
        }
    }

    /// <summary>
    /// An IPv6 address, or an IPv4 address as four decimal numbers. The parser also takes the old short forms
    /// ("1" is 0.0.0.1, "10.1" is 10.0.0.1), which are far likelier a typo than a proxy to trust.
    /// </summary>
    private static bool IsWrittenOut(string proxy) =>
        IPAddress.TryParse(proxy, out var address)
        && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || address.ToString() == proxy.Trim());
}

public static class ForwardedHeadersSetup
{
    /// <summary>Honours X-Forwarded-* only from configured proxies; does nothing when none are.</summary>
    public static WebApplication UseConfiguredForwardedHeaders(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value;
        if (settings.KnownProxies.Length == 0)
        {
            return app;
        }
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        };
        // The framework trusts loopback by default; only the configured proxies are trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        app.UseForwardedHeaders(options);
        return app;
    }
}
