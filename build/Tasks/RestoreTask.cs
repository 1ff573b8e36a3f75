using Cake.Common.Tools.DotNet;
using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Restore")]
[TaskDescription("Restores the local tools and the NuGet packages of every project, once, from the committed lock files (locked when CI=true).")]
[IsDependentOn(typeof(CleanTask))]
public sealed class RestoreTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        context.DotNetTool(context.Paths.Solution, "tool", new ProcessArgumentBuilder().Append("restore"));
        context.DotNetRestore(context.Paths.Solution.FullPath);
    }
}
