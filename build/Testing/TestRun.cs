using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Qte.Pipeline.Testing;

namespace Qte.Build.Testing;

/// <summary>
/// The Test task's work: each test project restored from the cache or run (one dotnet test over a solution filter of
/// those that run, in parallel, no build), the reports collected, failed tests retried alone, the history written and
/// the clean runs stored.
/// </summary>
public static class TestRun
{
    /// <summary>The trait of slow tests (whole pipeline, docker) that stage 1A leaves out.</summary>
    public const string EndToEndFilter = "Category!=EndToEnd";

    /// <summary>coverlet's collector: coverage of the same run, in Cobertura, so that tests run once.</summary>
    public const string CoverageCollector = "XPlat Code Coverage";

    private static readonly string[] Loggers = ["trx", "junit"];

    public static TestRunOutcome Run(BuildContext context, IReadOnlyList<string> projects)
    {
        var cache = new TestRunCache(context);
        var plans = cache.Plan(projects, [EndToEndFilter, CoverageCollector, .. Loggers]);
        context.Ci.TestPlans = plans;
        foreach (var plan in plans.Where(p => !p.Cached))
        {
            context.Log.Information("  {0}: runs ({1})", plan.Name, plan.WhyRun);
        }

        var toRun = plans.Where(p => !p.Cached).ToList();
        var exitedCleanly = toRun.Count == 0 || RunTests(context, SolutionFilter.Write(context, context.Paths.Quality.CombineWithFilePath("tests.slnf"), toRun.Select(p => p.Project)));
        var coverageFound = TestReports.CollectRun(context, toRun.Select(p => p.Name));
        var reports = TestReports.Collect(context);
        var summary = TestRunSummary.Combine(reports.Select(r => r.Summary));
        var cached = plans.Where(p => p.Cached).ToDictionary(p => p.Name, p => p.Hit!, StringComparer.Ordinal);
        foreach (var report in reports.Where(r => r.TestAssembly is not null))
        {
            context.Log.Information("  {0}: {1}{2}", report.TestAssembly!, report.Summary.TotalsLine, cached.TryGetValue(report.TestAssembly!, out var hit) ? $" ({TestRunCache.Describe(hit)})" : string.Empty);
        }

        context.Run.TimingNotes["Test"] = $"{cached.Count} of {plans.Count} test projects cached";
        context.Log.Information("Tests: {0}; {1}{2}.", summary.TotalsLine, context.Run.TimingNotes["Test"], context.CacheOptions.NoCache ? " (--no-cache)" : string.Empty);
        var retried = FailedTestRetries.Run(context, reports);
        context.Ci.RetriedTests = retried;
        TestReports.RecordHistory(context, reports, retried, cached.Keys.ToHashSet(StringComparer.Ordinal));
        cache.Save(toRun.Where(p => coverageFound.Contains(p.Name)), reports, retried);

        var stillFailing = retried.Where(r => !r.IsFlaky).Select(r => r.Failure).ToList();
        context.Ci.TestResults = summary with { Failed = stillFailing.Count, Failures = stillFailing };
        // A crashed test host fails the run whatever else happened: a flaky test's retry must not explain it away.
        var runErrors = reports.Where(r => r.RunError is not null).Select(r => $"  {r.TestAssembly ?? "a test run"}: {r.RunError}").ToList();
        var failed = stillFailing.Count > 0 || runErrors.Count > 0 || (!exitedCleanly && summary.Failed == 0);
        return new TestRunOutcome(stillFailing, failed ? FailureMessage(context, summary, stillFailing, runErrors) : null);
    }

    private static bool RunTests(BuildContext context, FilePath target)
    {
        try
        {
            context.DotNetTest(target.FullPath, new DotNetTestSettings
            {
                Configuration = context.Settings.Configuration,
                NoBuild = true,
                NoRestore = true,
                Filter = EndToEndFilter,
                ArgumentCustomization = args => args.Append($"-p:CustomAfterMicrosoftCommonTargets={ResultsFolderPerProject(context)}"),
                Collectors = [CoverageCollector],
                Loggers = ["trx", $"junit;LogFilePath={context.Paths.TestResults.FullPath}/{{assembly}}.junit.xml"],
            });
            return true;
        }
        catch (CakeException ex)
        {
            context.Log.Verbose("dotnet test: {0}", ex.Message);
            return false;
        }
    }

    // `dotnet test --results-directory` puts every project's TRX and coverage in one folder, named by time; a
    // VSTestResultsDirectory per project, set in a file every project imports (MSBuild's CustomAfterMicrosoftCommonTargets
    // hook, so that any repository's test projects take it), puts them in test-results/<project>/, told apart by where.
    private static string ResultsFolderPerProject(BuildContext context)
    {
        var targets = context.Paths.Quality.CombineWithFilePath("test-results-per-project.targets").FullPath;
        Qte.Primitives.IO.AtomicFile.WriteAllText(targets, $"""
            <Project>
              <PropertyGroup>
                <VSTestResultsDirectory>{context.Paths.TestResults.FullPath}/$(MSBuildProjectName)</VSTestResultsDirectory>
              </PropertyGroup>
            </Project>
            """);
        return targets;
    }

    private static string FailureMessage(BuildContext context, TestRunSummary summary, List<TestFailure> stillFailing, List<string> runErrors)
    {
        var lines = new List<string> { $"Tests failed: {summary.TotalsLine}; {stillFailing.Count} failed on every retry." };
        lines.AddRange(stillFailing.Select(f => $"  {f.Test}: {f.Message}"));
        if (runErrors.Count > 0)
        {
            lines.Add($"  {runErrors.Count} test run(s) ended in an error (a crashed test host fails the run even where every test passed or passed on retry):");
            lines.AddRange(runErrors);
        }
        else if (summary.Failed == 0)
        {
            lines.Add("  dotnet test exited with an error although no test failed: a test host crashed or a project could not run; see its output above.");
        }

        lines.Add($"Reports: {context.Paths.TestResults.FullPath}");
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>The Test task's verdict: the tests that failed every retry, and the failure message when the run failed.</summary>
public sealed record TestRunOutcome(IReadOnlyList<TestFailure> StillFailing, string? FailureMessage);
