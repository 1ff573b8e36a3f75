using Cake.Core.Diagnostics;
using Qte.Build.Ci;
using Qte.Delivery.Monitoring;
using Qte.Pipeline.History;
using Qte.Primitives.IO;
using Qte.Pipeline.Report;

namespace Qte.Build.Reporting;

/// <summary>
/// At the end of every run, even a failed one: appends the run to the history, keeps its report page under
/// &lt;history&gt;/reports/&lt;run-id&gt;/ (the newest --reports-kept of them), and writes artifacts/report/index.html (the
/// run's page with the index of kept runs) and summary.md (also to the GitHub job summary).
/// </summary>
public static class RunReport
{
    /// <param name="failureReason">Why the run failed where no task's error says it (a setup failure, the budget); else null.</param>
    public static void Write(BuildContext context, bool succeeded, string? failureReason = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var historyDirectory = context.HistoryDirectory.FullPath;
        var history = context.Run.PastRuns ?? RunHistory.Read(historyDirectory, m => context.Log.Warning("{0}", m));
        var record = RunRecorder.Record(context, succeeded, failureReason);
        var trend = context.Run.Trend ?? TrendOrNull(context, history, record);
        record = record with { Regressions = [.. trend?.Regressions.Select(r => r.Task) ?? []] };
        RunHistory.Append(historyDirectory, record);

        var archive = new ReportArchive(Path.Combine(historyDirectory, ReportArchive.FolderName));
        var latest = context.Paths.Artifacts.Combine("report").FullPath;
        var page = new ReportPage(record, trend, history)
        {
            LoadTestChartSvg = context.Delivered.Performance is { } performance ? PerformanceChart.Svg(performance.Report) : null,
        };
        var (latestPage, keptPage) = archive.Publish(page, history, latest, context.History.ReportsKept);
        var summary = ReportSummary.Markdown(record, trend);
        AtomicFile.WriteAllText(Path.Combine(latest, ReportSummary.FileName), summary);
        GitHubActionsFiles.AppendStepSummary(context, summary);
        context.Log.Information("Report: {0} (kept as {1}); run {2} added to {3}", latestPage, keptPage, record.RunId, Path.Combine(historyDirectory, RunHistory.FileName));
    }

    /// <summary>The trend for a run the Timing task did not reach; an unknown --baseline-run only warns here.</summary>
    private static Trend? TrendOrNull(BuildContext context, IReadOnlyList<RunRecord> history, RunRecord record)
    {
        try
        {
            return Trend.Analyze(history, record, TrendSettingsOf(context));
        }
        catch (ArgumentException ex)
        {
            context.Log.Warning("{0}", ex.Message);
            return null;
        }
    }

    public static TrendSettings TrendSettingsOf(BuildContext context) => new()
    {
        BaselineRun = context.History.BaselineRun,
        FailOnRegression = context.History.FailOnRegression,
    };
}
