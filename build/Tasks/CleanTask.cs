using Cake.Common.IO;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Clean")]
[TaskDescription("Empties artifacts/ so that the run's outputs are its own, keeping artifacts/history/ for comparisons with earlier runs and artifacts/cache/ for results whose inputs have not changed.")]
public sealed class CleanTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var artifacts = context.Paths.Artifacts;
        context.EnsureDirectoryExists(artifacts);
        string[] kept = [context.Paths.History.FullPath, context.Paths.Cache.FullPath];
        foreach (var directory in context.GetSubDirectories(artifacts).Where(d => !kept.Contains(d.FullPath)))
        {
            context.DeleteDirectory(directory, new DeleteDirectorySettings { Recursive = true, Force = true });
        }

        context.DeleteFiles(artifacts.FullPath + "/*");
    }
}
