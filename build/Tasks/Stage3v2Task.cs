using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("Stage3v2")]
[TaskDescription("Stage 3-v2, environment management: every environment's layered config (dev, staging, production) validated and written to artifacts/deploy/<env>/; Promote moves the very release between them.")]
[IsDependentOn(typeof(Stage3v1Task))]
public sealed class Stage3v2Task : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var environments = Directory.EnumerateFiles(context.Paths.EnvironmentsConfig.FullPath, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "base")
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var environment in environments)
        {
            EnvironmentConfigFiles.Write(context, environment!);
        }

        context.Log.Information("Stage 3-v2 passed: {0} environments valid ({1})", environments.Count, string.Join(", ", environments));
    }
}
