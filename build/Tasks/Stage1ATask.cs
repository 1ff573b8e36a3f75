using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Stage1A")]
[TaskDescription("Stage 1A: dependencies, build, tests and XML test reports; the manifest of artifacts is written when the run ends.")]
[IsDependentOn(typeof(TestTask))]
public sealed class Stage1ATask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.Log.Information(
            "Stage 1A passed: {0}; reports in {1}",
            context.Ci.TestResults?.TotalsLine ?? "no tests ran",
            context.Paths.TestResults.FullPath);
}
