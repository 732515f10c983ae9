using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SearchQuality;

/// <summary>
/// The MaliReader app, built and started from this repository on a free loopback port with the given
/// content and database, and stopped (with every process under it) when disposed.
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private bool _disposed;

    private AppProcess(Process process, StreamWriter log, Uri url, string logPath)
    {
        _process = process;
        _log = log;
        Url = url;
        LogPath = logPath;
    }

    public Uri Url { get; }

    public string LogPath { get; }

    /// <summary>Starts building and running the app; it serves once <see cref="WaitUntilServingAsync"/> returns.</summary>
    public static AppProcess Start(string repositoryRoot, string contentPath, string databasePath, string logPath)
    {
        var url = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repositoryRoot,
        };
        // Production, as served: the launch profile would make it Development.
        foreach (var argument in new[]
        {
            "run", "-c", "Release", "--no-launch-profile", "--project", Path.Combine(repositoryRoot, "src", "MaliReader.Web"), "--",
            "--urls", url.ToString().TrimEnd('/'), $"--Content:Path={contentPath}", $"--Database:Path={databasePath}",
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        return new AppProcess(process, log, url, logPath);
    }

    /// <summary>Building and loading content take a while; the app is up once its article list answers.</summary>
    public async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new BenchmarkException($"The app exited with code {_process.ExitCode} before serving; see {LogPath}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri("/api/articles", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still loading content.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        throw new BenchmarkException($"The app did not serve within {StartTimeout.TotalMinutes} minutes; see {LogPath}");
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            if (log.BaseStream is not null)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A failure that ends the benchmark with a message and a non-zero exit code.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
