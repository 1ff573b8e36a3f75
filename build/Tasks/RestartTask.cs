using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("Restart")]
[TaskDescription("Replaces each replica of --environment's live slot in turn (docker service update --force: one at a time, health-checked over a 10 s monitor window, rolled back by Swarm on failure; --deploy-target=swarm), losing no request.")]
public sealed class RestartTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var config = EnvironmentConfigFiles.Write(context, context.Delivery.Environment);
        ReplicaUpdateReport.Write(context, await DeliveryServices.Deployer(context, config).UpdateReplicasAsync(restart: true));
    }
}
