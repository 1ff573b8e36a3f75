using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal.Commands;

/// <summary>
/// --dryrun as the official Frosting host runs it: each task's name in order, and nothing else. Unlike Cake.Cli's
/// script runner, setup, teardown, task setup and teardown, error handlers and finally blocks do not run either, so a
/// dry run writes nothing.
/// </summary>
internal sealed class DryRunExecutionStrategy(ICakeLog log) : IExecutionStrategy
{
    private int _counter = 1;

    public void PerformSetup(Action<ISetupContext> action, ISetupContext context)
    {
    }

    public void PerformTeardown(Action<ITeardownContext> action, ITeardownContext teardownContext)
    {
    }

    public Task ExecuteAsync(CakeTask task, ICakeContext context)
    {
        if (task is not null)
        {
            log.Information("{0}. {1}", _counter++, task.Name);
        }

        return Task.CompletedTask;
    }

    public void Skip(CakeTask task, CakeTaskCriteria criteria)
    {
    }

    public Task ReportErrorsAsync(Func<Exception, Task> action, Exception exception) => Task.CompletedTask;

    public Task HandleErrorsAsync(Func<Exception, ICakeContext, Task> action, Exception exception, ICakeContext context) => Task.CompletedTask;

    public Task InvokeFinallyAsync(Func<ICakeContext, Task> action, ICakeContext context) => Task.CompletedTask;

    public void PerformTaskSetup(Action<ITaskSetupContext> action, ITaskSetupContext taskSetupContext)
    {
    }

    public void PerformTaskTeardown(Action<ITaskTeardownContext> action, ITaskTeardownContext taskTeardownContext)
    {
    }
}
