using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Default")]
[TaskDescription("The whole pipeline, every stage in order, held to the time budget.")]
[IsDependentOn(typeof(TimingTask))]
public sealed class DefaultTask : FrostingTask<BuildContext>
{
}
