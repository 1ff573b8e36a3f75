using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Publish;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Publish")]
[TaskDescription("Publishes the service and the router from the stamped build (no second build) to artifacts/publish/.")]
[IsDependentOn(typeof(Stage2BTask))]
public sealed class PublishTask : FrostingTask<BuildContext>
{
    public static readonly (string Project, string Folder)[] Apps =
    [
        ("src/Qte.Service/Qte.Service.csproj", "service"),
        ("src/Qte.Router/Qte.Router.csproj", "router"),
    ];

    public override void Run(BuildContext context)
    {
        foreach (var (project, folder) in Apps)
        {
            context.DotNetPublish(context.Paths.Root.CombineWithFilePath(project).FullPath, new DotNetPublishSettings
            {
                Configuration = context.Settings.Configuration,
                NoBuild = true,
                NoRestore = true,
                OutputDirectory = context.Paths.Publish.Combine(folder),
            });
        }
    }
}
