using Cake.Common.IO;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Clean")]
[TaskDescription("Empties artifacts/ so that the run's outputs are its own.")]
public sealed class CleanTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => context.CleanDirectory(context.Paths.Artifacts);
}
