using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Stage1B")]
[TaskDescription("Stage 1B: coverage measured in stage 1A's test run, merged into artifacts/coverage/, and its gate.")]
[IsDependentOn(typeof(Stage1ATask))]
[IsDependentOn(typeof(CoverageTask))]
public sealed class Stage1BTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.Log.Information("Stage 1B passed: {0}", context.Ci.Coverage?.Message ?? "coverage was not measured");
}
