using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Build.Quality;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Analyzers;
using Qte.Pipeline.Quality.Dependencies;
using Qte.Pipeline.Quality.FlakyTests;
using Qte.Pipeline.Quality.Formatting;
using Qte.Pipeline.Testing;

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

        // The two tools that take seconds run side by side (the package scans since the Test task, when it ran);
        // the SARIF logs are already on disk from the build.
        var dependencies = settings.Dependencies.Switch.Enabled
            ? context.DependencyScans ?? DependencyScans.RunAsync(context)
            : Task.FromResult<IReadOnlyList<DependencyScan>>([]);
        var whitespace = settings.Formatting.Switch.Enabled
            ? Task.Run(() => FormattingCheck.Run(context))
            : Task.FromResult<(IReadOnlyList<Finding>?, string?)>(([], null));
        var (findings, missingLogs) = AnalyzerLogs.Merge(context);

        var report = new QualityReport(
            [
                Formatting(await whitespace, findings.Where(f => AnalyzersGate.IsStyleRule(f) && f.Severity is "warning" or "error").ToList(), settings.Formatting),
                Analyzers(findings, missingLogs, settings.Analyzers),
                DependenciesGate.Evaluate(await dependencies, settings.Dependencies),
                CoverageQualityGate.Evaluate(context.Coverage, settings.Coverage),
                FlakyTestsGate.Evaluate(
                    context.RetriedTests,
                    TestHistory.Flipped(TestHistory.ReadLast(context.Paths.History.FullPath, settings.FlakyTests.HistoryRuns)),
                    settings.FlakyTests),
            ],
            context.AffectedTests);
        report = report with { Gates = [.. report.Gates.Select(g => g with { OnUnknown = settings.SwitchOf(g.Gate).OnUnknown })] };
        report.Write(context.Paths.Quality.FullPath);
        GitHubActionsFiles.AppendStepSummary(context, report.ToMarkdown());
        context.QualityReport = report;

        foreach (var gate in report.Gates)
        {
            var level = gate.Verdict switch
            {
                GateVerdict.Fail => LogLevel.Error,
                GateVerdict.Warn or GateVerdict.Unknown => LogLevel.Warning,
                _ => LogLevel.Information,
            };
            context.Log.Write(Verbosity.Minimal, level, "  {0}", gate.Line);
            foreach (var finding in gate.Verdict is GateVerdict.Pass or GateVerdict.Off ? [] : gate.Findings.Take(QualityReport.FindingsShown))
            {
                context.Log.Write(Verbosity.Minimal, level, "    {0}", finding);
            }
        }

        context.Log.Write(Verbosity.Minimal, report.Unknown.Count > 0 ? LogLevel.Warning : LogLevel.Information, "{0}", report.Summary);
        context.Log.Information("Quality report: {0}", context.Paths.Quality.CombineWithFilePath(QualityReport.MarkdownFileName).FullPath);
        if (!report.Passed)
        {
            throw new CakeException(FailureMessage(report));
        }
    }

    private static GateResult Formatting((IReadOnlyList<Finding>? Findings, string? Problem) whitespace, IReadOnlyList<Finding> style, FormattingGateSettings settings)
    {
        if (whitespace.Findings is null)
        {
            return new GateResult(FormattingGate.Name, GateVerdict.Unknown, "not measured", $"at most {settings.MaxFiles} file(s)", "Check that `dotnet format` runs at the repository root.", [whitespace.Problem ?? "dotnet format did not run"]);
        }

        return FormattingGate.Evaluate([.. whitespace.Findings, .. style], settings);
    }

    private static GateResult Analyzers(IReadOnlyList<Finding> findings, IReadOnlyList<string> missingLogs, AnalyzersGateSettings settings)
    {
        var result = AnalyzersGate.Evaluate(findings.ToList(), settings);
        return missingLogs.Count == 0 || result.Verdict != GateVerdict.Pass
            ? result
            : result with
            {
                Verdict = GateVerdict.Unknown,
                Findings = [.. result.Findings, .. missingLogs.Select(p => $"{p}: no SARIF log; was it built in this configuration?")],
            };
    }

    private static string FailureMessage(QualityReport report)
    {
        var lines = new List<string> { $"Quality gates failed: {string.Join(", ", report.Failed.Select(g => g.Gate))}." };
        foreach (var gate in report.Failed)
        {
            lines.Add($"  {gate.Line}");
            lines.AddRange(gate.Findings.Take(QualityReport.FindingsShown).Select(f => $"    {f}"));
            lines.Add($"    How to fix: {gate.HowToFix}");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
