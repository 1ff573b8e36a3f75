using Cake.Core;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;

namespace Qte.Build.Delivery;

/// <summary>Promotion: the very release (same SHA-256) that serves in one environment, deployed to another.</summary>
public static class Promotion
{
    /// <summary>Deploys the release that serves in <paramref name="from"/> to <paramref name="to"/> with its strategy, and reports it.</summary>
    public static async Task<DeploymentResult> PromoteAsync(BuildContext context, string from, string to, string? requiredStrategy = null)
    {
        var config = EnvironmentConfigFiles.Write(context, to);
        if (requiredStrategy is not null && config.Strategy != requiredStrategy)
        {
            throw new CakeException($"{config.SourceOf("strategy")}: 'strategy' is '{config.Strategy}'; this stage needs '{requiredStrategy}' for environment '{to}'.");
        }

        var live = new StateStore(DeliveryServices.PathsOf(context, from)).Load().Live
            ?? throw new CakeException($"--from: environment '{from}' serves no release to promote.");
        var release = DeliveryServices.Releases(context).Open(live.ReleaseId);
        context.Delivered.DeployedEnvironments.Add(to);
        var result = await DeliveryServices.Deployer(context, config).DeployAsync(release, $"promote from {from}");
        DeploymentReport.Write(context, result);
        return result;
    }
}
