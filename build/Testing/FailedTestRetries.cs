using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core;
using Cake.Core.Diagnostics;
using Qte.Pipeline.Quality.Affected;
using Qte.Pipeline.Testing;

namespace Qte.Build.Testing;

/// <summary>
/// Runs each failed test of the run again alone (dotnet test --filter on its project, no build), up to the flaky
/// gate's retries, and reads each retry's own TRX: a test that then passes is flaky.
/// </summary>
public static class FailedTestRetries
{
    public static IReadOnlyList<RetriedTest> Run(BuildContext context, IReadOnlyList<TrxReport> reports)
    {
        var failures = reports
            .Where(r => r.TestAssembly is not null)
            .SelectMany(r => r.Summary.Failures.Select(f => (Failure: f, TestAssembly: r.TestAssembly!)))
            .ToList();
        if (failures.Count == 0)
        {
            return [];
        }

        var settings = context.Quality.FlakyTests;
        var retries = settings.Switch.Enabled ? settings.Retries : 0;
        var projects = ProjectGraph.Load(context.Paths.Root.FullPath, context.Paths.Solution.FullPath).Projects;
        var retried = FlakyTestDetector.Retry(failures, retries, (failure, assembly, retry) =>
        {
            var project = projects.FirstOrDefault(p => Path.GetFileNameWithoutExtension(p) == assembly);
            return project is not null && RunAlone(context, project, failure, retry);
        });

        foreach (var test in retried)
        {
            context.Log.Write(Verbosity.Minimal, test.IsFlaky ? LogLevel.Warning : LogLevel.Error, "  {0}", test);
        }

        var flaky = retried.Count(r => r.IsFlaky);
        context.Log.Information("Retried {0} failed test(s) alone up to {1} time(s): {2} flaky, {3} failed every retry.", retried.Count, retries, flaky, retried.Count - flaky);
        return retried;
    }

    private static bool RunAlone(BuildContext context, string project, TestFailure failure, int retry)
    {
        var results = context.Paths.TestResults.Combine("retries").Combine($"{retry}-{Guid.NewGuid():N}");
        try
        {
            context.DotNetTest(context.Paths.Root.CombineWithFilePath(project).FullPath, new DotNetTestSettings
            {
                Configuration = context.Settings.Configuration,
                NoBuild = true,
                NoRestore = true,
                Filter = FlakyTestDetector.FilterFor(failure.FullyQualifiedName!),
                ResultsDirectory = results,
                Loggers = ["trx"],
            });
        }
        catch (CakeException)
        {
            // A failing test makes dotnet test exit non-zero; its TRX below says what happened.
        }

        // A filter that matched nothing also exits 0: only a TRX with the test passed counts as a pass.
        var outcomes = context.GetFiles(results.FullPath + "/*.trx").SelectMany(trx => TrxReport.Read(trx.FullPath).Results).ToList();
        return outcomes.Count > 0 && outcomes.All(o => o.Outcome == "Passed");
    }
}
