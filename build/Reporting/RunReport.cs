using Cake.Core.Diagnostics;
using Qte.Build.Ci;
using Qte.Pipeline.History;
using Qte.Pipeline.IO;
using Qte.Pipeline.Report;

namespace Qte.Build.Reporting;

/// <summary>
/// At the end of every run, even a failed one: appends the run to the history and writes artifacts/report/index.html
/// and summary.md (also to the GitHub job summary).
/// </summary>
public static class RunReport
{
    public static void Write(BuildContext context, bool succeeded)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = RunRecorder.Record(context, succeeded);
        var historyDirectory = context.HistoryDirectory.FullPath;
        var history = context.PastRuns ?? RunHistory.Read(historyDirectory, m => context.Log.Warning("{0}", m));
        var trend = context.Trend ?? TrendOrNull(context, history, record);
        RunHistory.Append(historyDirectory, record);

        var directory = context.Paths.Artifacts.Combine("report").FullPath;
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, PipelineReport.FileName), PipelineReport.Html(record, trend, history));
        var summary = ReportSummary.Markdown(record, trend);
        AtomicFile.WriteAllText(Path.Combine(directory, ReportSummary.FileName), summary);
        GitHubActionsFiles.AppendStepSummary(context, summary);
        context.Log.Information("Report: {0}; run {1} added to {2}", Path.Combine(directory, PipelineReport.FileName), record.RunId, Path.Combine(historyDirectory, RunHistory.FileName));
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
