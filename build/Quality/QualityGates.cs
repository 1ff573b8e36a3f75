using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Analyzers;
using Qte.Pipeline.Quality.Dependencies;
using Qte.Pipeline.Quality.FlakyTests;
using Qte.Pipeline.Quality.Formatting;
using Qte.Pipeline.Testing;

namespace Qte.Build.Quality;

/// <summary>
/// Measures stage 2B's five gates (formatting, analyzers, dependencies, coverage, flaky tests) against
/// build/config/quality.json; a gate whose tool could not measure is unknown, never pass.
/// </summary>
public static class QualityGates
{
    public static async Task<QualityReport> MeasureAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Quality;

        // The two tools that take seconds run side by side (the package scans since the Test task, when it ran);
        // the SARIF logs are already on disk from the build.
        var dependencies = settings.Dependencies.Switch.Enabled
            ? context.Ci.DependencyScans ?? DependencyScans.RunAsync(context)
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
                CoverageQualityGate.Evaluate(context.Ci.Coverage, settings.Coverage),
                FlakyTestsGate.Evaluate(
                    context.Ci.RetriedTests,
                    TestHistory.Flipped(TestHistory.ReadLast(context.Paths.History.FullPath, settings.FlakyTests.HistoryRuns)),
                    settings.FlakyTests),
            ],
            context.Ci.AffectedTests);
        return report;
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
}
