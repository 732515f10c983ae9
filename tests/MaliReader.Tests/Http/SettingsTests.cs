using MaliReader.Tests.Support;

namespace MaliReader.Tests.Http;

/// <summary>
/// A wrong setting on the command line stops the real app at start with one line that names the
/// setting and the value it got, and no stack trace: every numeric setting, and the others that the app
/// would otherwise only trip over later (a base URL, a proxy address, a database path SQLite cannot use).
/// </summary>
public sealed class SettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malireader-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Content:LoadBatchSize", "abc")]
    [InlineData("Content:LoadBatchSize", "0")]
    [InlineData("Content:LoadBatchSize", "-5")]
    [InlineData("Content:LoadBatchSize", "99999999999")]
    [InlineData("RateLimiting:PermitLimit", "0")]
    [InlineData("RateLimiting:WindowSeconds", "ten")]
    [InlineData("RateLimiting:WindowSeconds", "99999999")]
    [InlineData("RateLimiting:Enabled", "maybe")]
    [InlineData("Caching:SharedMaxAgeSeconds", "-1")]
    [InlineData("Caching:OutputCacheMegabytes", "0")]
    [InlineData("Site:BaseUrl", "reader.example.org")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy")]
    [InlineData("Content:Path", "")]
    [InlineData("Database:Path", "")]
    [InlineData("Database:Path", "/")]
    [InlineData("Database:Path", " ")]
    [InlineData("Content:Path", " ")]
    [InlineData("Database:Path", "/dev/null")]
    [InlineData("Database:Path", "/proc/version")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "1")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.1")]
    [InlineData("ForwardedHeaders:KnownProxies", "proxy")]
    [InlineData("Logging:LogLevel:Default", "loud")]
    [InlineData("Logging:LogLevel:Default", "42")]
    [InlineData("Logging:Console:LogLevel:Default", "-1")]
    [InlineData("AllowedHosts", "")]
    [InlineData("AllowedHosts", " ; ")]
    public async Task AWrongSetting_StopsTheAppWithOneLineNamingItAndItsValue(string setting, string value)
    {
        var (exitCode, output) = await AppProcess.RunUntilExitAsync(_folder, "--urls=http://127.0.0.1:0", $"--{setting}={value}");

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(setting.Split(":0")[0].Replace(":Default", "", StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.Contains(value, line, StringComparison.Ordinal);
    }
}
