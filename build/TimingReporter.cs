using Qte.Build.Ci;
using Cake.Core.Diagnostics;
using Qte.Pipeline.Timing;

namespace Qte.Build;

/// <summary>
/// Writes the run's timing report to artifacts/timing/ and, on GitHub Actions, to the job summary.
/// </summary>
public static class TimingReporter
{
    public static TimingReport Report(BuildContext context)
    {
        var report = TimingReport.Create(context.Run.Timings.Snapshot(), context.Elapsed, context.Run.TimeBudget, context.BeforeHost, context.Run.TimingNotes);
        TimingFiles.Write(report, context.Paths.Timing.FullPath);
        context.Run.TimingReported = true;

        GitHubActionsFiles.AppendStepSummary(context, TimingFiles.ToMarkdown(report));

        var level = report.Verdict == BudgetVerdict.WithinBudget ? LogLevel.Information : LogLevel.Warning;
        context.Log.Write(Verbosity.Minimal, level, "{0}", report.Message);
        return report;
    }
}
