using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Stage3v1")]
[TaskDescription("Stage 3-v1, the basic deployment pipeline: publish, package, deploy to dev behind the router, smoke test.")]
[IsDependentOn(typeof(Stage2BTask))]
[IsDependentOn(typeof(DeployTask))]
public sealed class Stage3v1Task : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.Log.Information("Stage 3-v1 passed: {0} serves {1} on {2}", context.Delivered.Deployment?.ReleaseId, context.Delivered.Deployment?.Environment, context.Delivered.Deployment?.PublicUrl);
}
