using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Stage2B")]
[TaskDescription("Stage 2B: the quality gates (formatting, analyzers, dependencies, coverage, flaky tests) and the affected-tests plan, in artifacts/quality/.")]
[IsDependentOn(typeof(Stage2ATask))]
[IsDependentOn(typeof(QualityTask))]
public sealed class Stage2BTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.Log.Information("Stage 2B passed: {0}", string.Join("; ", context.Ci.QualityReport?.Gates.Select(g => g.Line) ?? []));
}
