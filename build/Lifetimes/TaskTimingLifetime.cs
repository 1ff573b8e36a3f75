using Cake.Common.Build;
using Cake.Core;
using Cake.Frosting;
using Qte.Pipeline.Timing;

namespace Qte.Build.Lifetimes;

/// <summary>
/// Records each task's start and duration for the timing gate and, on GitHub Actions, folds its output into a log group.
/// </summary>
public sealed class TaskTimingLifetime : FrostingTaskLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ITaskSetupContext info)
    {
        var gitHub = context.GitHubActions();
        if (gitHub.IsRunningOnGitHubActions)
        {
            gitHub.Commands.StartGroup(info.Task.Name);
        }

        context.Timings.Started(info.Task.Name, context.Elapsed);
    }

    public override void Teardown(BuildContext context, ITaskTeardownContext info)
    {
        context.Timings.Finished(info.Task.Name, info.Duration, info switch
        {
            { Skipped: true } => TaskOutcome.Skipped,
            { Successful: true } => TaskOutcome.Succeeded,
            _ => TaskOutcome.Failed,
        });

        var gitHub = context.GitHubActions();
        if (gitHub.IsRunningOnGitHubActions)
        {
            gitHub.Commands.EndGroup();
        }
    }
}
