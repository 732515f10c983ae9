using MaliReader.Tests.Support;
using System.Net;
using System.Net.Sockets;

namespace MaliReader.Tests.Http;

/// <summary>
/// A new user who starts the site while another copy (or anything else) holds its port, as `dotnet run` twice does,
/// gets exit code 1 and a last line that names the address and says it is in use. Before, the process aborted with
/// SIGABRT (exit code 134, a core dump where they are on) on an unhandled exception, and the content watcher's own
/// cancellation was logged as "BackgroundService failed" (crit). The host's own error log of the failure stays.
/// </summary>
public sealed class PortInUseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malireader-port-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task StartingOnAPortAlreadyInUse_StopsWithOneLineNamingTheAddress_AndExitCode1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var (exitCode, output) = await AppProcess.RunUntilExitAsync(_folder, $"--urls={address}");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("BackgroundService failed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith("Cannot listen:", last, StringComparison.Ordinal);
        Assert.Contains(address, last, StringComparison.Ordinal);
        Assert.Contains("in use", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("htp:/oops")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("http://192.0.2.1:5000")] // an address of no machine's (RFC 5737), so not this one's
    public async Task StartingOnAnAddressThatCannotBeListenedOn_StopsWithOneLastLine_AndExitCode1(string address)
    {
        var (exitCode, output) = await AppProcess.RunUntilExitAsync(_folder, $"--urls={address}");

        Assert.True(exitCode == 1, $"exit code {exitCode}:\n{output}");
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith("Cannot ", last, StringComparison.Ordinal);
    }
}
