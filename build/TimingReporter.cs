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
        var report = TimingReport.Create(context.Timings.Snapshot(), context.Elapsed, context.TimeBudget, context.BeforeHost, context.TimingNotes);
        TimingFiles.Write(report, context.Paths.Timing.FullPath);
        context.TimingReported = true;

        GitHubActionsFiles.AppendStepSummary(context, TimingFiles.ToMarkdown(report));

        var level = report.Verdict == BudgetVerdict.WithinBudget ? LogLevel.Information : LogLevel.Warning;
        context.Log.Write(Verbosity.Minimal, level, "{0}", report.Message);
        return report;
    }
}
