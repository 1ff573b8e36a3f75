using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("Rollback")]
[TaskDescription("Deploys the previous good release of --environment again (or --to-release=ID), through the same checks.")]
public sealed class RollbackTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var config = EnvironmentConfigFiles.Write(context, context.Delivery.Environment);
        var result = await DeliveryServices.Deployer(context, config).RollbackAsync(context.Delivery.ToRelease);
        DeploymentReport.Write(context, result);
    }
}
