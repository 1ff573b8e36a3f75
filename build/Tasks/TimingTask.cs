using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Reporting;
using Qte.Pipeline.History;
using Qte.Pipeline.Timing;

namespace Qte.Build.Tasks;

[TaskName("Timing")]
[TaskDescription("Writes artifacts/timing/timing.json and timing.md, warns at 80 % of the time budget and fails the run past it (--time-budget, default 200 s); compares each task with the history's baseline (the median of the last 5 successful runs of the target, or --baseline-run=ID) and flags one slower by more than 20 % and 5 s (--trend-regressions=fail fails the run).")]
[IsDependentOn(typeof(Stage4v4Task))]
public sealed class TimingTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var report = TimingReporter.Report(context);
        var trend = Analyze(context);
        if (report.Verdict == BudgetVerdict.OverBudget)
        {
            throw new CakeException(report.Message);
        }

        if (trend.Regressions.Count > 0 && context.History.FailOnRegression)
        {
            throw new CakeException($"Trend: {trend.Regressions.Count} task(s) slower than the baseline ({trend.Baseline}) by more than 20 % and 5 s: {string.Join(", ", trend.Regressions.Select(r => r.Task))}.");
        }
    }

    private static Trend Analyze(BuildContext context)
    {
        var history = RunHistory.Read(context.HistoryDirectory.FullPath, m => context.Log.Warning("{0}", m));
        context.PastRuns = history;
        Trend trend;
        try
        {
            trend = Trend.Analyze(history, RunRecorder.Record(context, succeeded: true), RunReport.TrendSettingsOf(context));
        }
        catch (ArgumentException ex)
        {
            throw new CakeException(ex.Message);
        }

        context.Trend = trend;
        var c = CultureInfo.InvariantCulture;
        context.Log.Information(
            "Trend against {0}: success rate {1} of {2} recent {3} runs; budget margin {4:0.0} s.",
            trend.Baseline, trend.Successes, trend.Runs, context.Target, trend.BudgetMarginSeconds);
        foreach (var row in trend.Rows.Where(r => r.DeltaSeconds is not null && (r.Regression || r.Task == Trend.Total)))
        {
            var line = string.Create(c, $"  {row.Task}: {row.Seconds:0.0} s against {row.BaselineSeconds:0.0} s ({row.DeltaSeconds:+0.0;-0.0;0.0} s, {row.DeltaPercent:+0;-0;0} %){(row.Regression ? ": regression" : string.Empty)}");
            if (row.Regression)
            {
                context.Log.Warning("{0}", line);
            }
            else
            {
                context.Log.Information("{0}", line);
            }
        }

        return trend;
    }
}
