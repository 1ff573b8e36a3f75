using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Deployment;

namespace Qte.Build.Tasks;

[TaskName("Stage4v1")]
[TaskDescription("Stage 4-v1, blue-green: promotes the release verified in dev to staging: the idle slot checked directly, one atomic switch, post-promotion analysis, the old slot kept for blueGreen.scaleDownDelaySeconds; any failure keeps or puts the traffic back on the old slot. A first deploy to an empty staging is a plain deploy into blue.")]
[IsDependentOn(typeof(Stage3v4Task))]
public sealed class Stage4v1Task : AsyncFrostingTask<BuildContext>
{
    private const string From = PipelineEnvironments.Dev, To = PipelineEnvironments.Staging;

    public override async Task RunAsync(BuildContext context)
    {
        var result = await Promotion.PromoteAsync(context, From, To, DeploymentStrategy.BlueGreen);
        if (result.Outcome == Qte.Delivery.Environments.DeploymentOutcome.Unchanged)
        {
            context.Log.Information("Stage 4-v1: nothing to do: {0} already serves {1} from slot {2} under the same config (--redeploy switches again).", result.ReleaseId, To, result.Slot);
            return;
        }

        context.Log.Information(
            "Stage 4-v1 passed: {0} serves {1} from slot {2}{3}",
            result.ReleaseId, To, result.Slot,
            result.PreviousReleaseId is null ? " (first deploy into an empty environment)" : $", switched from {result.PreviousReleaseId}");
    }
}
