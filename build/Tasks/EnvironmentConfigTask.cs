using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Configuration;
using Qte.Delivery.Environments;
using Qte.Pipeline.IO;

namespace Qte.Build.Tasks;

[TaskName("EnvironmentConfig")]
[TaskDescription("Layers build/config/environments/ (base, the environment, the profile, --set) for --environment, validates it, and writes artifacts/deploy/<env>/effective-config.json and deployment-config.env, secrets redacted.")]
public sealed class EnvironmentConfigTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => Write(context, context.Delivery.Environment);

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
