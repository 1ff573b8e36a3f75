using Cake.Core;
using Cake.Frosting;
using Qte.Build.Reporting;
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
        var trend = RunTrend.Analyze(context);
        if (report.Verdict == BudgetVerdict.OverBudget)
        {
            throw new CakeException(report.Message);
        }

        if (trend.Regressions.Count > 0 && context.History.FailOnRegression)
        {
            throw new CakeException($"Trend: {trend.Regressions.Count} task(s) slower than the baseline ({trend.Baseline}) by more than 20 % and 5 s: {string.Join(", ", trend.Regressions.Select(r => r.Task))}.");
        }
    }
}
