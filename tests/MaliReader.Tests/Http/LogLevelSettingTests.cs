using MaliReader.Web.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MaliReader.Tests.Http;

/// <summary>
/// A log level is accepted at start exactly when the logging library reads it as one of its levels; anything
/// else (a number that names no level, a list of names, a word) stops the app with a line naming the setting.
/// </summary>
public sealed class LogLevelSettingTests
{
    [Theory]
    [InlineData("Warning", LogLevel.Warning)]
    [InlineData("warning", LogLevel.Warning)]
    [InlineData("CRITICAL", LogLevel.Critical)]
    [InlineData("tRaCe", LogLevel.Trace)]
    [InlineData("None", LogLevel.None)]
    [InlineData(" Debug ", LogLevel.Debug)]
    [InlineData("0", LogLevel.Trace)]
    [InlineData("2", LogLevel.Information)]
    [InlineData("6", LogLevel.None)]
    public void ALevelTheLibraryReadsAsOneOfItsLevels_IsAccepted_AndMeansThatLevel(string value, LogLevel meant)
    {
        var configuration = Configuration(("Logging:LogLevel:Default", value));

        Assert.Null(Settings.LoggingProblem(configuration));
        Assert.Equal(meant, Assert.Single(LibraryReading(configuration).Rules).LogLevel);
    }

    [Theory]
    [InlineData("Logging:LogLevel:Default", "42")]
    [InlineData("Logging:LogLevel:Default", "7")]
    [InlineData("Logging:LogLevel:Default", "-1")]
    [InlineData("Logging:LogLevel:Default", "Debug,Error")]
    [InlineData("Logging:LogLevel:Default", "loud")]
    [InlineData("Logging:LogLevel:Default", "Informational")]
    [InlineData("Logging:LogLevel:Microsoft.AspNetCore", "42")]
    [InlineData("Logging:Console:LogLevel:Default", "42")]
    [InlineData("Logging:console:loglevel:Default", "verbose")]
    public void AnythingElse_IsAProblemNamingTheSettingAndItsValue(string setting, string value)
    {
        var problem = Settings.LoggingProblem(Configuration(("Logging:LogLevel:System", "Information"), (setting, value)));

        Assert.NotNull(problem);
        Assert.StartsWith($"{setting} is \"{value}\"", problem, StringComparison.Ordinal);
        Assert.Contains("Information", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Logging:LogLevel:Default", "")]
    [InlineData("Logging:Console:FormatterName", "simple")]
    [InlineData("Logging:Console:FormatterOptions:TimestampFormat", "HH:mm:ss ")]
    [InlineData("Logging:EventSource:LogLevel:Default", "Error")]
    public void OtherLoggingSettings_AndAnEmptyLevel_AreLeftAlone(string setting, string value)
    {
        var configuration = Configuration((setting, value));

        Assert.Null(Settings.LoggingProblem(configuration));
        _ = LibraryReading(configuration);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();

    private static LoggerFilterOptions LibraryReading(IConfiguration configuration)
    {
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")))
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value;
    }
}
