using Microsoft.AspNetCore.HostFiltering;

namespace MaliReader.Web.Http;

/// <summary>
/// The framework's host filter (the <c>AllowedHosts</c> setting), placed where its refusal is answered as the
/// site answers everything else. The host would put the filter in front of the whole app, where a request for a
/// host not allowed got the filter's own HTML page ("Bad Request - Invalid Hostname") on every address, the API's
/// included, and none of the security headers. Here it runs after the forwarded headers (so a trusted proxy's
/// X-Forwarded-Host is what is checked) and after the security headers, and its 400 is problem+json.
/// </summary>
public static class AllowedHosts
{
    private const string Setting = "AllowedHosts";

    /// <summary>Takes the host's own placement of the filter out; <see cref="UseAllowedHosts"/> puts it back.</summary>
    /// <remarks>
    /// An <c>AllowedHosts</c> that names no host ("", " ; ") stops start-up with one line, as other wrong settings do
    /// (<see cref="Settings"/>): the framework reads it as "*", every host, so that a request with a forged <c>Host</c>
    /// would be answered, and its links made from that host where <c>Site:BaseUrl</c> is not set.
    /// </remarks>
    public static IServiceCollection AddAllowedHosts(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[Setting];
        services.AddOptions<HostFilteringOptions>()
            .Validate(
                _ => configured is null || configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length > 0,
                $"{Setting} is \"{configured}\", which names no host: give the host names the site answers, separated by ';' (\"*\" answers any).")
            .ValidateOnStart();
        foreach (var hostPlacement in services
            .Where(service => service.ImplementationType?.FullName == "Microsoft.AspNetCore.HostFilteringStartupFilter")
            .ToList())
        {
            services.Remove(hostPlacement);
        }
        return services.Configure<HostFilteringOptions>(options =>
        {
            // A request without a host name would get links to "http:///…" (and the output cache would keep them).
            options.AllowEmptyHosts = false;
            // The filter writes nothing, so that the refusal below is the only answer.
            options.IncludeFailureMessage = false;
        });
    }

    public static IApplicationBuilder UseAllowedHosts(this IApplicationBuilder app) =>
        app.Use(AnswerRefusal).UseHostFiltering().Use(MarkAllowed);

    private static Task MarkAllowed(HttpContext context, RequestDelegate next)
    {
        context.Features.Set(Allowed.Host);
        return next(context);
    }

    private static async Task AnswerRefusal(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (context.Features.Get<Allowed>() is null && context.Response is { StatusCode: StatusCodes.Status400BadRequest, HasStarted: false })
        {
            context.Response.Headers.CacheControl = "no-store";
            await TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown host",
                detail: "This site is not served under the host name this request gives.")
                .ExecuteAsync(context);
        }
    }

    /// <summary>Set on a request once the filter has let it through.</summary>
    private sealed class Allowed
    {
        public static readonly Allowed Host = new();
    }
}
