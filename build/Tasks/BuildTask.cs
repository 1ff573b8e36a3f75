using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Build")]
[TaskDescription("Builds the solution once, in the configured configuration (Release by default), without restoring again.")]
[IsDependentOn(typeof(RestoreTask))]
public sealed class BuildTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.DotNetBuild(context.Paths.Solution.FullPath, new DotNetBuildSettings
        {
            Configuration = context.Settings.Configuration,
            NoRestore = true,
        });
}
