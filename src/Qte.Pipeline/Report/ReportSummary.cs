using System.Globalization;
using System.Text;
using Qte.Pipeline.History;

namespace Qte.Pipeline.Report;

/// <summary>artifacts/report/summary.md: the run (a failed run first says which task failed and why) and its trend in a few lines, for the GitHub job summary.</summary>
public static class ReportSummary
{
    public const string FileName = "summary.md";

    public static string Markdown(RunRecord run, Trend? trend)
    {
        ArgumentNullException.ThrowIfNull(run);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"## QTE Build: {run.Target} {run.Result}");
        text.AppendLine();
        if (!run.Succeeded)
        {
            text.AppendLine(Sections.SummarySection.FailureLine(run));
            text.AppendLine();
        }

        text.AppendLine(c, $"{run.Version} ({run.Commit} on {run.Branch}): {run.TotalSeconds:0.0} s of a {run.BudgetSeconds:0} s budget.");
        if (trend is null)
        {
            return text.ToString();
        }

        text.AppendLine();
        text.AppendLine(c, $"Baseline: {trend.Baseline}. Success rate {trend.Successes} of {trend.Runs} recent runs. Budget margin {trend.BudgetMarginSeconds:0.0} s.");
        text.AppendLine();
        text.AppendLine("| Task | Now (s) | Baseline (s) | Change |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var r in trend.Rows)
        {
            var change = r.DeltaSeconds is { } d
                ? d.ToString("+0.0;-0.0;0.0", c) + " s" + (r.DeltaPercent is { } p ? string.Create(c, $" ({p:+0;-0;0} %)") : string.Empty)
                : "-";
            text.AppendLine(c, $"| {r.Task}{(r.Regression ? " **regression**" : string.Empty)} | {r.Seconds:0.0} | {(r.BaselineSeconds is { } b ? b.ToString("0.0", c) : "-")} | {change} |");
        }

        return text.ToString();
    }
}
