using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace MaliReader.Web.Http;

/// <summary>
/// Settings sections bound to options classes and checked when the app starts, by the data annotations
/// (and <see cref="IValidatableObject"/>) on each class, whose messages complete "Section:Name is value, …"
/// ("not a whole number of 1 or more"). A wrong setting stops start-up with one line
/// that names the setting as it is configured ("Content:LoadBatchSize") and the value it got, rather
/// than with a stack trace, or with an app that fails on its first request.
/// </summary>
public static class Settings
{
    /// <summary>Binds <paramref name="section"/> to <typeparamref name="T"/> and checks it at start.</summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new AnnotatedSettings<T>(section));
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }

    /// <summary>
    /// Checks every setting added with <see cref="AddSettings{T}"/>: the problems, one line each, or none.
    /// A value the configuration binder cannot convert ("abc" for a number) stops the check at the first.
    /// </summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            return [.. e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures)];
        }
        catch (InvalidOperationException e) when (e.Source == typeof(ConfigurationBinder).Assembly.GetName().Name)
        {
            // The binder's own message names the setting, the value and the type it wanted:
            // "Failed to convert configuration value 'abc' at 'Content:LoadBatchSize' to type 'System.Int32'."
            return [e.Message];
        }
    }

    /// <summary>
    /// The framework's "Logging" section, checked on its own before the app is built, since building it
    /// makes the first logger, which reads the levels: the first level that is not one, or null.
    /// </summary>
    public static string? LoggingProblem(IConfiguration configuration)
    {
        // The levels are where the logging library looks for them: every value under "Logging:LogLevel"
        // and under "Logging:<provider>:LogLevel" (LoggerFilterConfigureOptions in Microsoft.Extensions.Logging).
        foreach (var section in configuration.GetSection("Logging").GetChildren())
        {
            // Found among the children rather than by GetSection, so that the line names it as it was typed.
            var levels = IsLevels(section) ? section : section.GetChildren().FirstOrDefault(IsLevels);
            foreach (var (path, value) in levels?.AsEnumerable() ?? [])
            {
                if (!string.IsNullOrEmpty(value) && !IsLogLevel(value))
                {
                    return $"{path} is \"{value}\", not a level: one of {string.Join(", ", Enum.GetNames<LogLevel>())}.";
                }
            }
        }
        return null;

        static bool IsLevels(IConfigurationSection section) => section.Key.Equals("LogLevel", StringComparison.OrdinalIgnoreCase);
    }

    // The logging library parses a level with Enum.TryParse, ignoring case, so it also takes a number and
    // names joined by commas. A number that is the value of a level ("2") is that level by the enum's
    // documented values, and is kept; any other number ("42", "-1") parses too but names no level, and
    // silently turns logging fully off or on; a list ("Debug,Error") is read as the bitwise OR of its levels
    // (here Critical), which no one writing it means: both are refused. An empty value is no rule to the
    // library and is left alone.
    private static bool IsLogLevel(string value) =>
        !value.Contains(',', StringComparison.Ordinal)
        && Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level)
        && Enum.IsDefined(level);

    private sealed class AnnotatedSettings<T>(string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            {
                return ValidateOptionsResult.Success;
            }
            return ValidateOptionsResult.Fail(results.Select(result => Describe(options, result)));
        }

        private string Describe(T options, ValidationResult result)
        {
            var member = result.MemberNames.FirstOrDefault() ?? "";
            var value = typeof(T).GetProperty(member)?.GetValue(options);
            return $"{section}:{member} is {Shown(value)}, {result.ErrorMessage}";
        }

        private static string Shown(object? value) => value switch
        {
            null => "not set",
            "" => "empty",
            string text => $"\"{text}\"",
            Uri uri => $"\"{uri.OriginalString}\"",
            IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Shown))}]",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
