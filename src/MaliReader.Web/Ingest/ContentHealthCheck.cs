using System.Globalization;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MaliReader.Web.Ingest;

/// <summary>
/// Healthy when every content file was read; Degraded, naming the files, when some could not be, while
/// a load is still reading the folder (the site serves, but not all of it yet), and while the database cannot be
/// written (the site serves from memory, but keeps nothing).
/// </summary>
public sealed class ContentHealthCheck(CurrentSnapshot current) : IHealthCheck
{
    private const int NamedFiles = 10;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = current.Value;
        var data = new Dictionary<string, object> { ["articles"] = snapshot.Articles.Count };
        if (snapshot.Errors.Count == 0 && snapshot.Loading is null && snapshot.DatabaseProblem is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles served", data));
        }
        List<string> problems = [];
        if (snapshot.Loading is { } loading)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"loading content, {loading.FilesRead} of {loading.Files} files read, {snapshot.Articles.Count} articles served so far"));
        }
        if (snapshot.DatabaseProblem is { } databaseProblem)
        {
            problems.Add(databaseProblem);
        }
        // Folders' problems are listed among the files' on /status, the content folder's under the setting's name, a
        // sub-folder's under its name ending in '/'; they are no files.
        var folderErrors = snapshot.Errors
            .Where(error => error.FileName == ContentIngest.ContentFolderSetting || error.FileName.EndsWith('/'))
            .ToList();
        foreach (var error in folderErrors)
        {
            problems.Add($"{error.FileName}: {error.Reason}");
        }
        var fileErrors = snapshot.Errors.Except(folderErrors).ToList();
        if (fileErrors.Count > 0)
        {
            // A monitor reads one line: the first few names, the rest counted (/status lists them all, with why).
            var files = string.Join(", ", fileErrors.Take(NamedFiles).Select(error => error.FileName))
                + (fileErrors.Count > NamedFiles ? $" and {fileErrors.Count - NamedFiles} more" : "");
            problems.Add($"{fileErrors.Count} content {(fileErrors.Count == 1 ? "file" : "files")} could not be read: {files}; see /status");
        }
        return Task.FromResult(HealthCheckResult.Degraded(string.Join("; ", problems), data: data));
    }

    /// <summary>Plain text for monitors and people alike: "Healthy: …" or "Degraded: … could not be read: a.md".</summary>
    public static Task WriteResponse(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var descriptions = report.Entries.Values.Select(entry => entry.Description).Where(text => !string.IsNullOrEmpty(text));
        return context.Response.WriteAsync($"{report.Status}: {string.Join("; ", descriptions)}\n");
    }
}
