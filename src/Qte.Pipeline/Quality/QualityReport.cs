using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;
using Qte.Pipeline.Quality.Affected;

namespace Qte.Pipeline.Quality;

/// <summary>
/// artifacts/quality/quality-report.json and .md: every gate's measure, threshold, verdict and how to fix a miss,
/// and the affected-tests plan. The stage fails when a gate in fail mode fails.
/// </summary>
public sealed record QualityReport(IReadOnlyList<GateResult> Gates, AffectedTestPlan? Plan)
{
    public const string JsonFileName = "quality-report.json";
    public const string MarkdownFileName = "quality-report.md";

    /// <summary>How many findings per gate the Markdown shows; the JSON has them all.</summary>
    public const int FindingsShown = 10;

    public IReadOnlyList<GateResult> Failed => Gates.Where(g => g.FailsStage).ToList();

    /// <summary>Gates that measured nothing: said in the summary line and the Markdown's heading, never read as a pass.</summary>
    public IReadOnlyList<GateResult> Unknown => Gates.Where(g => g.Verdict == GateVerdict.Unknown).ToList();

    public bool Passed => Failed.Count == 0;

    /// <summary>The stage's one line: passed or failed, and every unknown gate with what it does.</summary>
    public string Summary =>
        $"Quality gates {(Passed ? "passed" : "failed")}: {string.Join(", ", Gates.GroupBy(g => g.Verdict).Select(v => $"{v.Count()} {v.Key.ToString().ToLowerInvariant()}"))}"
        + (Unknown.Count == 0 ? "." : $"; unknown: {string.Join(", ", Unknown.Select(g => $"{g.Gate} (onUnknown {g.OnUnknown.ToString().ToLowerInvariant()})"))}.");

    public void Write(string directory)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, JsonFileName), ToJson().ToString(Newtonsoft.Json.Formatting.Indented));
        AtomicFile.WriteAllText(Path.Combine(directory, MarkdownFileName), ToMarkdown());
    }

    public JObject ToJson() => new()
    {
        ["passed"] = Passed,
        ["unknown"] = new JArray(Unknown.Select(g => g.Gate)),
        ["gates"] = new JArray(Gates.Select(g => new JObject
        {
            ["gate"] = g.Gate,
            ["verdict"] = g.Verdict.ToString().ToLowerInvariant(),
            ["onUnknown"] = g.OnUnknown.ToString().ToLowerInvariant(),
            ["measured"] = g.Measured,
            ["threshold"] = g.Threshold,
            ["howToFix"] = g.HowToFix,
            ["findings"] = new JArray(g.Findings),
        })),
        ["affectedTests"] = Plan is null ? null : new JObject
        {
            ["all"] = Plan.All,
            ["reason"] = Plan.Reason,
            ["testProjects"] = new JArray(Plan.TestProjects),
            ["changedFiles"] = new JArray(Plan.ChangedFiles),
        },
    };

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Quality gates: {(Passed ? "passed" : "failed")}");
        text.AppendLine();
        text.AppendLine(Summary);
        text.AppendLine();
        text.AppendLine("| Gate | Verdict | Measured | Threshold |");
        text.AppendLine("|---|---|---|---|");
        foreach (var gate in Gates)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {gate.Gate} | {Icon(gate.Verdict)} {gate.Verdict.ToString().ToLowerInvariant()} | {Cell(gate.Measured)} | {Cell(gate.Threshold)} |");
        }

        foreach (var gate in Gates.Where(g => g.Findings.Count > 0 || g.Verdict is GateVerdict.Fail or GateVerdict.Warn))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"### {gate.Gate}");
            foreach (var finding in gate.Findings.Take(FindingsShown))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {finding}");
            }

            if (gate.Findings.Count > FindingsShown)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- … and {gate.Findings.Count - FindingsShown} more in {JsonFileName}");
            }

            if (gate.Verdict is GateVerdict.Fail or GateVerdict.Warn && gate.HowToFix.Length > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"\nHow to fix: {gate.HowToFix}");
            }
        }

        if (Plan is not null)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Affected tests: {Plan.Describe()}.");
        }

        return text.ToString();
    }

    private static string Icon(GateVerdict verdict) => verdict switch
    {
        GateVerdict.Pass => "✅",
        GateVerdict.Fail => "❌",
        GateVerdict.Warn or GateVerdict.Unknown => "⚠️",
        _ => "➖",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
