using Cake.Core;
using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("Deploy")]
[TaskDescription("Deploys the release to --environment (dev by default): router up, release in the idle slot, ready, traffic switched, smoke test and health watch through the router; any failed check rolls back. Writes artifacts/deploy/<env>/deployment.json.")]
[IsDependentOn(typeof(PackageTask))]
[IsDependentOn(typeof(EnvironmentConfigTask))]
public sealed class DeployTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        // Run alone (--exclusive), Deploy takes the release the last Package task zipped.
        var release = context.Delivered.Release ?? PackagedReleases.Last(context)
            ?? throw new CakeException("Deploy: no release was packaged; run Deploy with its dependencies, or Package first.");
        var config = DeliveryServices.Config(context, context.Delivery.Environment);
        context.Delivered.DeployedEnvironments.Add(config.Environment);
        var result = await DeliveryServices.Deployer(context, config).DeployAsync(release);
        DeploymentReport.Write(context, result);
    }
}
