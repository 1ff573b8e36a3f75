using Cake.Common.Tools.DotNet;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Restore")]
[TaskDescription("Restores the NuGet packages of every project in the solution, once.")]
[IsDependentOn(typeof(CleanTask))]
public sealed class RestoreTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => context.DotNetRestore(context.Paths.Solution.FullPath);
}
