using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Build.Quality;
using Qte.Pipeline.Quality;

namespace Qte.Build.Tasks;

[TaskName("Quality")]
[TaskDescription("Holds the change to the gates of build/config/quality.json: formatting, analyzers (from the one build's SARIF), vulnerable/deprecated/outdated packages, coverage, flaky tests; writes artifacts/quality/quality-report.json and .md and the merged analyzers.sarif.")]
[IsDependentOn(typeof(Stage2ATask))]
public sealed class QualityTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var settings = context.Quality;
        System.IO.Directory.CreateDirectory(context.Paths.Quality.FullPath);

        var report = await QualityGates.MeasureAsync(context);
        report = report with { Gates = [.. report.Gates.Select(g => g with { OnUnknown = settings.SwitchOf(g.Gate).OnUnknown })] };
        report.Write(context.Paths.Quality.FullPath);
        GitHubActionsFiles.AppendStepSummary(context, report.ToMarkdown());
        context.Ci.QualityReport = report;

        QualityLog.Gates(context, report);
        context.Log.Write(Verbosity.Minimal, report.Unknown.Count > 0 ? LogLevel.Warning : LogLevel.Information, "{0}", report.Summary);
        context.Log.Information("Quality report: {0}", context.Paths.Quality.CombineWithFilePath(QualityReport.MarkdownFileName).FullPath);
        if (!report.Passed)
        {
            throw new CakeException(QualityLog.FailureMessage(report));
        }
    }
}
