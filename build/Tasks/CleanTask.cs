using Cake.Common.IO;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Clean")]
[TaskDescription("Empties artifacts/ so that the run's outputs are its own, keeping artifacts/history/ for comparisons with earlier runs.")]
public sealed class CleanTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var artifacts = context.Paths.Artifacts;
        context.EnsureDirectoryExists(artifacts);
        var history = context.Paths.History.FullPath;
        foreach (var directory in context.GetSubDirectories(artifacts).Where(d => d.FullPath != history))
        {
            context.DeleteDirectory(directory, new DeleteDirectorySettings { Recursive = true, Force = true });
        }

        context.DeleteFiles(artifacts.FullPath + "/*");
    }
}
