using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MaliReader.Tests.Browser;

/// <summary>Runs axe-core (copied beside the tests, see axe/) in a page and reports its violations.</summary>
public static class Axe
{
    private static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "Browser", "axe", "axe.min.js");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Run = """
        async () => {
            const results = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            });
            return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                targets: v.nodes.map(n => n.target.join(' ')),
                failureSummary: v.nodes[0]?.failureSummary ?? '',
            })));
        }
        """;

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        // Evaluated rather than added as a script tag, which the site's CSP (script-src 'self') blocks.
        await page.EvaluateAsync(await File.ReadAllTextAsync(ScriptPath) + "\n;undefined");
        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }

    /// <summary>One paragraph per violation, enough to find and fix it.</summary>
    public static string Describe(IEnumerable<AxeViolation> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {violation.Targets.Count} element(s), first: {(violation.Targets.Count > 0 ? violation.Targets[0] : "?")}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {violation.FailureSummary.ReplaceLineEndings(" ")}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {violation.HelpUrl}");
        }
        return text.ToString();
    }
}

public sealed record AxeViolation(
    string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets, string FailureSummary);
