using System.Diagnostics;

namespace MaliReader.Tests.Support;

/// <summary>The app run as its own process, for what only a process shows: its exit code and all it writes.</summary>
public static class AppProcess
{
    /// <summary>
    /// Runs the app on an empty content folder and database in <paramref name="folder"/>, with <paramref name="arguments"/>
    /// last (a later argument wins), until it exits.
    /// </summary>
    /// <exception cref="TimeoutException">The app still ran after 60 s; it is killed.</exception>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in (string[])[typeof(Program).Assembly.Location,
            $"--Content:Path={folder}", $"--Database:Path={Path.Combine(folder, "test.db")}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app with {string.Join(' ', arguments)} kept running.");
        }
        return (process.ExitCode, await output + await error);
    }
}
