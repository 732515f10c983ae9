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
    /// makes the first logger, which reads the levels: a level it does not know, or null.
    /// </summary>
    public static string? LoggingProblem(IConfiguration configuration)
    {
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")))
            .BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value;
            return null;
        }
        catch (InvalidOperationException e)
        {
            // "Configuration value 'loud' is not supported."
            return $"Logging:LogLevel: {e.Message} A level is one of {string.Join(", ", Enum.GetNames<LogLevel>())}.";
        }
    }

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
