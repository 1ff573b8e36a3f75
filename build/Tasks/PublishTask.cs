using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Publish;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Publish")]
[TaskDescription("Publishes the service and the router from the stamped build (no second build) to artifacts/publish/, with the stamped copies of their assemblies and of the libraries they ship.")]
[IsDependentOn(typeof(BuildTask))]
public sealed class PublishTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        foreach (var (project, folder) in ShippedProjects.Apps)
        {
            context.DotNetPublish(context.Paths.Root.CombineWithFilePath(project).FullPath, new DotNetPublishSettings
            {
                Configuration = context.Settings.Configuration,
                NoBuild = true,
                NoRestore = true,
                OutputDirectory = context.Paths.Publish.Combine(folder),
            });
        }

        foreach (var project in ShippedProjects.Of(context.Paths.Root.FullPath, ShippedProjects.Apps.Select(a => a.Project)))
        {
            var stamped = ShippedProjects.StampedAssembly(project, context.Settings.Configuration);
            foreach (var (_, folder) in ShippedProjects.Apps)
            {
                var shipped = Path.Combine(context.Paths.Publish.Combine(folder).FullPath, Path.GetFileName(stamped));
                if (File.Exists(shipped))
                {
                    File.Copy(stamped, shipped, overwrite: true);
                }
            }
        }
    }
}
