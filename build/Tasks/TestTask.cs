using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Build.Testing;
using Qte.Pipeline.Testing;

namespace Qte.Build.Tasks;

[TaskName("Test")]
[TaskDescription("Runs every test project (with --affected-only, those the change reaches) whose results artifacts/cache/ does not hold under the same content key, in parallel, on the built output, and restores the others (--no-cache runs all): TRX and JUnit XML in artifacts/test-results/, Cobertura coverage in artifacts/coverage/raw/; re-runs each failed test alone to tell flaky from failed; end-to-end tests are left to CI.")]
[IsDependentOn(typeof(BuildTask))]
[IsDependentOn(typeof(AffectedTestsTask))]
public sealed class TestTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        // The Quality task's package scans mostly wait on the package source (about 20 s): they need only the restore,
        // so they run beside the tests, which wait on processes and ports too, instead of after them.
        if (context.Run.PlannedTasks.Contains("Quality") && context.Quality.Dependencies.Switch.Enabled)
        {
            context.Ci.DependencyScans = Quality.DependencyScans.RunAsync(context);
        }

        var projects = TestSelection.Projects(context);
        if (projects.Count == 0)
        {
            context.Log.Information("Tests: no test project is affected by the change; nothing to run (--affected-only).");
            context.Ci.TestResults = TestRunSummary.Empty;
            context.Ci.RetriedTests = [];
            return;
        }

        var outcome = TestRun.Run(context, projects);
        if (outcome.FailureMessage is { } failure)
        {
            CiAnnotations.TestFailures(context, outcome.StillFailing);
            throw new CakeException(failure);
        }
    }
}
