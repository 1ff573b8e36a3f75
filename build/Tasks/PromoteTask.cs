using Cake.Core;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Environments;

namespace Qte.Build.Tasks;

[TaskName("Promote")]
[TaskDescription("Deploys to --to the very release (same SHA-256) that serves in --from, e.g. --from=dev --to=staging.")]
public sealed class PromoteTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var from = context.Delivery.From ?? throw new CakeException("--from: required: the environment whose release to promote, e.g. --from=dev.");
        var to = context.Delivery.To ?? throw new CakeException("--to: required: the environment to promote to, e.g. --to=staging.");
        var live = new StateStore(DeliveryServices.PathsOf(context, from)).Load().Live
            ?? throw new CakeException($"--from: environment '{from}' serves no release to promote.");
        var release = DeliveryServices.Releases(context).Open(live.ReleaseId);
        var config = EnvironmentConfigTask.Write(context, to);
        context.DeployedEnvironments.Add(to);
        DeployTask.Report(context, await DeliveryServices.Deployer(context, config).DeployAsync(release, $"promote from {from}"));
    }
}
