using Cake.Core;
using Cake.Frosting;
using Qte.Pipeline.Timing;

namespace Qte.Build.Lifetimes;

/// <summary>
/// Records each task's start and duration for the timing gate.
/// </summary>
public sealed class TaskTimingLifetime : FrostingTaskLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ITaskSetupContext info) =>
        context.Timings.Started(info.Task.Name, context.Elapsed);

    public override void Teardown(BuildContext context, ITaskTeardownContext info) =>
        context.Timings.Finished(info.Task.Name, info.Duration, info switch
        {
            { Skipped: true } => TaskOutcome.Skipped,
            { Successful: true } => TaskOutcome.Succeeded,
            _ => TaskOutcome.Failed,
        });
}
