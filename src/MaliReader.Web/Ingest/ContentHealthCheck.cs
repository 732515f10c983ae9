using MaliReader.Web.ReadModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MaliReader.Web.Ingest;

/// <summary>Healthy when every content file was read; Degraded, naming the files, when some could not be.</summary>
public sealed class ContentHealthCheck(CurrentSnapshot current) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = current.Value;
        var data = new Dictionary<string, object> { ["articles"] = snapshot.Articles.Count };
        if (snapshot.Errors.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles served", data));
        }
        var files = string.Join(", ", snapshot.Errors.Select(error => error.FileName));
        return Task.FromResult(HealthCheckResult.Degraded(
            $"{snapshot.Errors.Count} content files could not be read: {files}; see /status", data: data));
    }

    /// <summary>Plain text for monitors and people alike: "Healthy: …" or "Degraded: … could not be read: a.md".</summary>
    public static Task WriteResponse(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var descriptions = report.Entries.Values.Select(entry => entry.Description).Where(text => !string.IsNullOrEmpty(text));
        return context.Response.WriteAsync($"{report.Status}: {string.Join("; ", descriptions)}\n");
    }
}
