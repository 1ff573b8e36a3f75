using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Build.Testing;
using Qte.Pipeline.Testing;

namespace Qte.Build.Tasks;

[TaskName("Test")]
[TaskDescription("Runs every test project once, in parallel, on the built output (with --affected-only, only those the change reaches), writing TRX and JUnit XML to artifacts/test-results/ and Cobertura coverage to artifacts/coverage/raw/; re-runs each failed test alone to tell flaky from failed; end-to-end tests are left to CI.")]
[IsDependentOn(typeof(BuildTask))]
[IsDependentOn(typeof(AffectedTestsTask))]
public sealed class TestTask : FrostingTask<BuildContext>
{
    /// <summary>The trait of slow tests (whole pipeline, docker) that stage 1A leaves out.</summary>
    public const string EndToEndFilter = "Category!=EndToEnd";

    /// <summary>coverlet's collector: coverage of the same run, in Cobertura, so that tests run once.</summary>
    public const string CoverageCollector = "XPlat Code Coverage";

    public override void Run(BuildContext context)
    {
        // The Quality task's package scans mostly wait on the package source (about 20 s): they need only the restore,
        // so they run beside the tests, which wait on processes and ports too, instead of after them.
        if (context.PlannedTasks.Contains("Quality") && context.Quality.Dependencies.Switch.Enabled)
        {
            context.DependencyScans = Quality.DependencyScans.RunAsync(context);
        }

        var target = TestSelection.Target(context);
        if (target is null)
        {
            context.Log.Information("Tests: no test project is affected by the change; nothing to run (--affected-only).");
            context.TestResults = TestRunSummary.Empty;
            context.RetriedTests = [];
            return;
        }

        var exitedCleanly = RunTests(context, target);
        var reports = TestReports.Collect(context);
        MoveCoverageReports(context);
        var summary = TestRunSummary.Combine(reports.Select(r => r.Summary));
        foreach (var report in reports.Where(r => r.TestAssembly is not null))
        {
            context.Log.Information("  {0}: {1}", report.TestAssembly!, report.Summary.TotalsLine);
        }

        context.Log.Information("Tests: {0}", summary.TotalsLine);
        var retried = FailedTestRetries.Run(context, reports);
        context.RetriedTests = retried;
        TestReports.RecordHistory(context, reports, retried);

        var stillFailing = retried.Where(r => !r.IsFlaky).Select(r => r.Failure).ToList();
        context.TestResults = summary with { Failed = stillFailing.Count, Failures = stillFailing };
        // A crashed test host fails the run whatever else happened: a flaky test's retry must not explain it away.
        var runErrors = reports.Where(r => r.RunError is not null).Select(r => $"  {r.TestAssembly ?? "a test run"}: {r.RunError}").ToList();
        if (stillFailing.Count > 0 || runErrors.Count > 0 || (!exitedCleanly && summary.Failed == 0))
        {
            CiAnnotations.TestFailures(context, stillFailing);
            throw new CakeException(FailureMessage(context, summary, stillFailing, runErrors));
        }
    }

    // The collector writes test-results/<guid>/coverage.cobertura.xml per test assembly.
    private static void MoveCoverageReports(BuildContext context)
    {
        var raw = context.Paths.Coverage.Combine("raw");
        context.EnsureDirectoryExists(raw);
        foreach (var report in context.GetFiles(context.Paths.TestResults.FullPath + "/*/coverage.cobertura.xml"))
        {
            var folder = report.GetDirectory();
            context.MoveFile(report, raw.CombineWithFilePath($"{folder.GetDirectoryName()}.cobertura.xml"));
            context.DeleteDirectory(folder, new DeleteDirectorySettings { Recursive = true });
        }
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
                ResultsDirectory = context.Paths.TestResults,
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
