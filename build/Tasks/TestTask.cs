using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Pipeline.Testing;

namespace Qte.Build.Tasks;

[TaskName("Test")]
[TaskDescription("Runs every test project once, in parallel, on the built output, writing TRX and JUnit XML to artifacts/test-results/ and Cobertura coverage to artifacts/coverage/raw/; end-to-end tests are left to CI.")]
[IsDependentOn(typeof(BuildTask))]
public sealed class TestTask : FrostingTask<BuildContext>
{
    /// <summary>The trait of slow tests (whole pipeline, docker) that stage 1A leaves out.</summary>
    public const string EndToEndFilter = "Category!=EndToEnd";

    /// <summary>coverlet's collector: coverage of the same run, in Cobertura, so that tests run once.</summary>
    public const string CoverageCollector = "XPlat Code Coverage";

    public override void Run(BuildContext context)
    {
        var results = context.Paths.TestResults;
        var exitedCleanly = RunTests(context);

        // One dotnet test over the solution runs the projects in parallel; the trx logger then names its
        // files by time, so each is renamed after the assembly it tested.
        var reports = new List<TrxReport>();
        foreach (var trx in context.GetFiles(results.FullPath + "/*.trx"))
        {
            var report = TrxReport.Read(trx.FullPath);
            if (report.TestAssembly is { } assembly)
            {
                context.MoveFile(trx, results.CombineWithFilePath($"{assembly}.trx"));
            }

            reports.Add(report);
        }

        MoveCoverageReports(context);
        var summary = TestRunSummary.Combine(reports.Select(r => r.Summary));
        context.TestResults = summary;
        foreach (var report in reports.Where(r => r.TestAssembly is not null))
        {
            context.Log.Information("  {0}: {1}", report.TestAssembly!, report.Summary.TotalsLine);
        }

        context.Log.Information("Tests: {0}", summary.TotalsLine);
        if (summary.Failed > 0 || !exitedCleanly)
        {
            CiAnnotations.TestFailures(context, summary.Failures);
            throw new CakeException(FailureMessage(context, summary));
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

    private static bool RunTests(BuildContext context)
    {
        try
        {
            context.DotNetTest(context.Paths.Solution.FullPath, new DotNetTestSettings
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

    private static string FailureMessage(BuildContext context, TestRunSummary summary)
    {
        var lines = new List<string> { $"Tests failed: {summary.TotalsLine}." };
        lines.AddRange(summary.Failures.Select(f => $"  {f.Test}: {f.Message}"));
        if (summary.Failed == 0)
        {
            lines.Add("  dotnet test exited with an error although no test failed: a test host crashed or a project could not run; see its output above.");
        }

        lines.Add($"Reports: {context.Paths.TestResults.FullPath}");
        return string.Join(Environment.NewLine, lines);
    }
}
