using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;

namespace Qte.Pipeline.Coverage;

/// <summary>
/// Writes the gate's verdict as artifacts/coverage/gate.json (for tools) and gate.md (for people and the job summary).
/// </summary>
public static class CoverageFiles
{
    public const string JsonFileName = "gate.json";
    public const string MarkdownFileName = "gate.md";

    public static void Write(string directory, CoverageSummary summary, CoverageThresholds thresholds, CoverageGateResult result, string delta)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(result);
        var json = new JObject
        {
            ["passed"] = result.Passed,
            ["message"] = result.Message,
            ["delta"] = delta,
            ["thresholds"] = new JObject { ["linePercent"] = thresholds.LinePercent, ["branchPercent"] = thresholds.BranchPercent },
            ["scopes"] = new JObject(summary.Scopes.Select(s => new JProperty(s.Key.ToString(), ToJson(s.Value)))),
            ["leastCovered"] = new JArray(summary.LeastCovered(CoverageGate.LeastCoveredCount).Select(c => new JObject
            {
                ["class"] = c.Name,
                ["file"] = c.File,
                ["linePercent"] = Math.Round(c.Rate.LinePercent, 2),
                ["uncoveredLines"] = c.UncoveredLines,
            })),
        };
        AtomicFile.WriteAllText(Path.Combine(directory, JsonFileName), json.ToString(Formatting.Indented));
        AtomicFile.WriteAllText(Path.Combine(directory, MarkdownFileName), ToMarkdown(summary, thresholds, result, delta));
    }

    public static string ToMarkdown(CoverageSummary summary, CoverageThresholds thresholds, CoverageGateResult result, string delta)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine("### Coverage").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{(result.Passed ? "Passed" : "**Failed**")}: {result.Message} Delta: {delta}.").AppendLine();
        text.AppendLine("| Scope | Lines | Branches | Gated |").AppendLine("| --- | ---: | ---: | --- |");
        foreach (var (scope, rate) in summary.Scopes.Where(s => s.Value.LinesValid > 0))
        {
            var gated = scope == CoverageScope.Product
                ? string.Create(CultureInfo.InvariantCulture, $"yes ({thresholds.LinePercent:0.#} % / {thresholds.BranchPercent:0.#} %)")
                : "no";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {scope} | {rate.LinePercent:0.0} % ({rate.LinesCovered}/{rate.LinesValid}) | {rate.BranchPercent:0.0} % ({rate.BranchesCovered}/{rate.BranchesValid}) | {gated} |");
        }

        return text.ToString();
    }

    private static JObject ToJson(CoverageRate rate) => new()
    {
        ["linePercent"] = Math.Round(rate.LinePercent, 2),
        ["branchPercent"] = Math.Round(rate.BranchPercent, 2),
        ["linesCovered"] = rate.LinesCovered,
        ["linesValid"] = rate.LinesValid,
        ["branchesCovered"] = rate.BranchesCovered,
        ["branchesValid"] = rate.BranchesValid,
    };
}
