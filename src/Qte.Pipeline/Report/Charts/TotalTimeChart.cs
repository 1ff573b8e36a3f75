using Qte.Pipeline.History;
using static Qte.Pipeline.Report.Charts.RunsFrame;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Charts;

/// <summary>
/// The total time of recent runs of one target, this run last: a line through the runs, the budget as a dashed line,
/// failed runs in red and runs the trend flagged as a regression ringed in orange.
/// </summary>
internal static class TotalTimeChart
{

    public static string Svg(IReadOnlyList<RunRecord> runs)
    {
        var budget = runs[^1].BudgetSeconds;
        var y = LinearScale.Nice(0, Math.Max(runs.Max(r => r.TotalSeconds), budget) * 1.05, Height - Bottom, Top);
        double X(int i) => RunsFrame.X(i, runs.Count);

        var canvas = new SvgCanvas("totalTime", Width, Height, $"Total time of the last {runs.Count} {runs[^1].Target} runs against the budget");
        canvas.YAxis(y, Left, Width - Right, v => Seconds(v));
        canvas.Line(Left, y.Map(budget), Width - Right, y.Map(budget), "#b00020", "6 4", 1.5);
        canvas.Text(Width - Right, y.Map(budget) - 5, "budget " + Seconds(budget), "end", "#b00020", 11);
        canvas.Polyline(runs.Select((r, i) => (X(i), y.Map(r.TotalSeconds))), "#4c72b0", "total time per run");
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var regression = run.Regressions.Count > 0;
            var title = Invariant($"{run.RunId} ({run.Started:yyyy-MM-dd HH:mm} UTC): {Seconds(run.TotalSeconds)}, {run.Result}")
                + (regression ? "; slower than the baseline: " + string.Join(", ", run.Regressions) : string.Empty);
            canvas.Point(X(i), y.Map(run.TotalSeconds), regression ? 6 : 4, run.Succeeded ? "#4c72b0" : "#b00020", title, regression ? "#e07b00" : null);
        }

        RunsFrame.RunLabels(canvas);
        canvas.Text((Left + Width) / 2.0, Height - 12, "● failed run in red   ○ regression ringed in orange", "middle", "#555", 11);
        return canvas.ToString();
    }
}
