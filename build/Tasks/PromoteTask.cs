using Cake.Core;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Deployment;
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
        await PromoteAsync(context, from, to);
    }

    /// <summary>Deploys the release that serves in <paramref name="from"/> to <paramref name="to"/> with its strategy, and reports it.</summary>
    public static async Task<DeploymentResult> PromoteAsync(BuildContext context, string from, string to, string? requiredStrategy = null)
    {
        var config = EnvironmentConfigTask.Write(context, to);
        if (requiredStrategy is not null && config.Strategy != requiredStrategy)
        {
            throw new CakeException($"{config.SourceOf("strategy")}: 'strategy' is '{config.Strategy}'; this stage needs '{requiredStrategy}' for environment '{to}'.");
        }

        var live = new StateStore(DeliveryServices.PathsOf(context, from)).Load().Live
            ?? throw new CakeException($"--from: environment '{from}' serves no release to promote.");
        var release = DeliveryServices.Releases(context).Open(live.ReleaseId);
        context.DeployedEnvironments.Add(to);
        var result = await DeliveryServices.Deployer(context, config).DeployAsync(release, $"promote from {from}");
        DeployTask.Report(context, result);
        return result;
    }
}
