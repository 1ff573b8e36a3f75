using Cake.Core.Diagnostics;
using Qte.Delivery.Configuration;
using Qte.Delivery.Environments;
using Qte.Primitives.IO;

namespace Qte.Build.Delivery;

/// <summary>
/// An environment's layered config as files: artifacts/deploy/&lt;env&gt;/effective-config.json and deployment-config.env,
/// secrets redacted; every task that deploys writes them before it deploys.
/// </summary>
public static class EnvironmentConfigFiles
{
    public static EnvironmentConfig Write(BuildContext context, string environment)
    {
        var config = DeliveryServices.Config(context, environment);
        var directory = context.Paths.Deploy(environment).FullPath;
        var liveSlot = new StateStore(DeliveryServices.PathsOf(context, environment)).Load().LiveSlot;
        AtomicFile.WriteAllText(Path.Combine(directory, "effective-config.json"), config.ToRedactedJson(context.Environment.GetEnvironmentVariable, liveSlot).ToString());
        AtomicFile.WriteAllText(Path.Combine(directory, "deployment-config.env"), config.ToEnvFile(liveSlot));
        context.Log.Information(
            "Environment {0}: strategy {1}, public port {2}, profile {3}; {4}",
            environment, config.Strategy, config.PublicPort, config.Profile ?? "none", directory);
        return config;
    }
}
