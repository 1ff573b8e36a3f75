using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("EnvironmentConfig")]
[TaskDescription("Layers build/config/environments/ (base, the environment, the profile, --set) for --environment, validates it, and writes artifacts/deploy/<env>/effective-config.json and deployment-config.env, secrets redacted.")]
public sealed class EnvironmentConfigTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => EnvironmentConfigFiles.Write(context, context.Delivery.Environment);
}
