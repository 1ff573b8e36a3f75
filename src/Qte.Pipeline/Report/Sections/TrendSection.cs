using Qte.Pipeline.History;
using Qte.Pipeline.Report.Charts;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>Each task against the baseline, the success rate and budget margin, and a chart of recent totals.</summary>
internal static class TrendSection
{
    /// <summary>How many runs of the target the total-time chart shows, this one included.</summary>
    public const int RunsCharted = 30;

    public static string Html(Trend trend, RunRecord run, IReadOnlyList<RunRecord> history)
    {
        var regressions = trend.Regressions;
        var verdict = trend.Rows.All(r => r.BaselineSeconds is null)
            ? Verdict.Plain($"No baseline yet: {trend.Baseline}.")
            : regressions.Count > 0
                ? Verdict.Warn($"Slower than the baseline ({trend.Baseline}): " + string.Join(", ", regressions.Select(r => $"{Name(r.Task)} {Change(r)}")) + ".")
                : Verdict.Good($"No task is slower than its baseline ({trend.Baseline}) beyond the tolerance.");
        var figures = HtmlParts.Figures(
        [
            ("Success rate", E($"{trend.Successes} of {Plural(trend.Runs, $"recent {run.Target} run", $"recent {run.Target} runs")} ({Percent(trend.SuccessRate, 0)})")),
            ("Budget margin", E(trend.BudgetMarginSeconds >= 0 ? $"{Seconds(trend.BudgetMarginSeconds)} left" : $"{Seconds(-trend.BudgetMarginSeconds)} over")),
        ]);
        var table = HtmlParts.Table(
            ["Task", "This run", "Baseline", "Change", string.Empty],
            trend.Rows.Select(r => (IReadOnlyList<Cell>)
            [
                Cell.Text(Name(r.Task)), Cell.Figure(Seconds(r.Seconds)), Cell.Figure(r.BaselineSeconds is { } b ? Seconds(b) : "none"),
                Cell.Figure(Change(r)), new Cell(r.Regression ? "<span class=\"bad\">slower</span>" : string.Empty),
            ]));
        List<RunRecord> runs = [.. history.Where(r => r.Target == run.Target).TakeLast(RunsCharted - 1), run];
        var chart = $"<h3>Total time of recent {E(run.Target)} runs</h3>\n" + TotalTimeChart.Svg(runs);
        return HtmlParts.Section("trend", "Trend", verdict, figures + chart + "<h3>Each task against its baseline</h3>\n" + table);
    }

    private static string Name(string task) => task == Trend.Total ? "Whole run" : task;

    private static string Change(TrendRow row) => row.DeltaSeconds is { } d
        ? (d >= 0 ? "+" : "−") + Seconds(Math.Abs(d)) + (row.DeltaPercent is { } p ? Invariant($" ({p:+0;−0;0} %)") : string.Empty)
        : "no baseline";
}
