using Cake.Common.Build;
using Cake.Core;
using Cake.Frosting;
using Qte.Pipeline.Timing;

namespace Qte.Build.Lifetimes;

/// <summary>
/// Records each task's start, duration and error (for the report) for the timing gate and, on GitHub Actions, folds its output into a log group.
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

        context.Run.Timings.Started(info.Task.Name, context.Elapsed);
    }

    public override void Teardown(BuildContext context, ITaskTeardownContext info)
    {
        context.Run.Timings.Finished(info.Task.Name, info.Duration, info switch
        {
            { Skipped: true } => TaskOutcome.Skipped,
            { Successful: true } => TaskOutcome.Succeeded,
            _ => TaskOutcome.Failed,
        });
        if (info.ThrownException is { } error)
        {
            context.Run.TaskErrors[info.Task.Name] = ErrorText(error);
        }

        var gitHub = context.GitHubActions();
        if (gitHub.IsRunningOnGitHubActions)
        {
            gitHub.Commands.EndGroup();
        }
    }

    /// <summary>What the report says a task failed with: the messages of an aggregate's parts, else the message.</summary>
    public static string ErrorText(Exception error) => error is AggregateException aggregate
        ? string.Join("; ", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
        : error.Message;
}
