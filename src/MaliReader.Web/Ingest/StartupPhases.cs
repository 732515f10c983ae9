using System.Diagnostics;
using System.Runtime;

namespace MaliReader.Web.Ingest;

/// <summary>
/// Logs, at Debug level, how far start-up has come at each of its steps: wall time since the process
/// began (the runtime's own start included) and CPU time on all threads so far, the fairer figure on a
/// shared machine. Turned on with <c>Logging:LogLevel:MaliReader.Web.Startup=Debug</c>.
/// </summary>
public sealed partial class StartupPhases
{
    private readonly DateTime _processStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    // Main is entered before there is a logger to write to: its figures are kept and written later.
    private readonly (DateTime Wall, TimeSpan Cpu) _mainEntered = (DateTime.UtcNow, Environment.CpuUsage.TotalTime);
    private ILogger? _logger;
    private int _firstResponse;

    public bool IsEnabled => _logger?.IsEnabled(LogLevel.Debug) == true;

    public void LogTo(ILogger logger)
    {
        _logger = logger;
        Log("main entered", _mainEntered.Wall, _mainEntered.Cpu);
    }

    public void Reached(string phase) => Log(phase, DateTime.UtcNow, Environment.CpuUsage.TotalTime);

    /// <summary>Logs the first response only: compiling the pipeline and the first page belongs to start-up.</summary>
    public void Responded(string path)
    {
        if (Interlocked.Exchange(ref _firstResponse, 1) == 0)
        {
            Reached($"first response sent ({path})");
        }
    }

    private void Log(string phase, DateTime wall, TimeSpan cpu)
    {
        if (IsEnabled)
        {
            var jitMethods = JitInfo.GetCompiledMethodCount();
            var jitTime = JitInfo.GetCompilationTime();
            LogReached(_logger!, phase, (long)(wall - _processStarted).TotalMilliseconds, (long)cpu.TotalMilliseconds,
                jitMethods, (long)jitTime.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Phase} at {WallMs} ms since the process began, {CpuMs} ms of CPU time; {JitMethods} methods compiled in {JitMs} ms")]
    private static partial void LogReached(ILogger logger, string phase, long wallMs, long cpuMs, long jitMethods, long jitMs);
}
