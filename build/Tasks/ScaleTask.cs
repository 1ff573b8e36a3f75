using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("Scale")]
[TaskDescription("Runs --environment's live slot on the environment's replicas (--replicas=N, 0 = one per node) in place, with Swarm's rolling update (--deploy-target=swarm); the router then balances over them.")]
public sealed class ScaleTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var config = EnvironmentConfigFiles.Write(context, context.Delivery.Environment);
        ReplicaUpdateReport.Write(context, await DeliveryServices.Deployer(context, config).UpdateReplicasAsync(restart: false));
    }
}
