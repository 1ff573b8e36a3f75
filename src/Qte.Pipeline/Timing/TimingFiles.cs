using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;

namespace Qte.Pipeline.Timing;

/// <summary>
/// Writes a timing report as timing.json (for tools) and timing.md (for people and the CI job summary).
/// </summary>
public static class TimingFiles
{
    public const string JsonFileName = "timing.json";
    public const string MarkdownFileName = "timing.md";

    public static void Write(TimingReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        AtomicFile.WriteAllText(Path.Combine(directory, JsonFileName), ToJson(report));
        AtomicFile.WriteAllText(Path.Combine(directory, MarkdownFileName), ToMarkdown(report));
    }

    public static string ToJson(TimingReport report)
    {
        var json = new JObject
        {
            ["wallTimeSeconds"] = Round(report.WallTime.TotalSeconds),
            ["budgetSeconds"] = Round(report.Budget.Limit.TotalSeconds),
            ["budgetShare"] = Round(report.BudgetShare, 4),
            ["verdict"] = report.Verdict.ToString(),
            ["message"] = report.Message,
            ["beforeHostSeconds"] = report.BeforeHost is { } before ? Round(before.TotalSeconds) : null,
            ["tasks"] = new JArray(report.Tasks.Select(t => new JObject
            {
                ["task"] = t.Task,
                ["startSeconds"] = Round(t.Start.TotalSeconds),
                ["durationSeconds"] = Round(t.Duration.TotalSeconds),
                ["budgetShare"] = Round(report.ShareOfBudget(t), 4),
                ["outcome"] = t.Outcome.ToString(),
                ["note"] = report.Notes.GetValueOrDefault(t.Task),
            })),
        };
        return json.ToString(Formatting.Indented) + "\n";
    }

    public static string ToMarkdown(TimingReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("## Timing").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{VerdictMark(report.Verdict)} {report.Message}").AppendLine();
        text.AppendLine("| Task | Duration (s) | Share of budget | Outcome |");
        text.AppendLine("| --- | ---: | ---: | --- |");
        if (report.BeforeHost is { } before)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| Before the host (restore and compile of build/, not budgeted) | {TimingReport.Seconds(before)} | | |");
        }

        foreach (var task in report.Tasks)
        {
            var note = report.Notes.TryGetValue(task.Task, out var said) ? $" ({said})" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {task.Task} | {TimingReport.Seconds(task.Duration)} | {TimingReport.Percent(report.ShareOfBudget(task))} | {task.Outcome}{note} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **Wall time** | **{TimingReport.Seconds(report.WallTime)}** | **{TimingReport.Percent(report.BudgetShare)}** | {report.Verdict} |");
        return text.ToString();
    }

    private static string VerdictMark(BudgetVerdict verdict) => verdict switch
    {
        BudgetVerdict.OverBudget => "❌",
        BudgetVerdict.NearBudget => "⚠️",
        _ => "✅",
    };

    private static double Round(double value, int digits = 3) => Math.Round(value, digits);
}
