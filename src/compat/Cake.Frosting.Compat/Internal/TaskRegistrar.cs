using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

/// <summary>
/// Turns Frosting tasks and lifetimes into Cake engine tasks and actions.
/// </summary>
internal sealed class TaskRegistrar(
    ICakeEngine engine,
    IFrostingContext context,
    ICakeLog log,
    IEnumerable<IFrostingTask> tasks,
    IFrostingSetup? setup = null,
    IFrostingTeardown? teardown = null,
    IFrostingTaskSetup? taskSetup = null,
    IFrostingTaskTeardown? taskTeardown = null)
{
    public void Register()
    {
        foreach (var task in tasks)
        {
            RegisterTask(task);
        }

        if (setup is not null)
        {
            engine.RegisterSetupAction(info => setup.Setup(context, info));
        }

        if (teardown is not null)
        {
            engine.RegisterTeardownAction(info => teardown.Teardown(context, info));
        }

        if (taskSetup is not null)
        {
            engine.RegisterTaskSetupAction(info => taskSetup.Setup(context, info));
        }

        if (taskTeardown is not null)
        {
            engine.RegisterTaskTeardownAction(info => taskTeardown.Teardown(context, info));
        }
    }

    private void RegisterTask(IFrostingTask task)
    {
        var name = task.GetTaskName();
        var contextType = task.GetContextType();
        if (!contextType.IsInstanceOfType(context))
        {
            // As Cake.Frosting: a task written for another context is left out with a warning, not a failed run.
            log.Warning("Task cannot be used since the context isn't convertible to {0}.", contextType.FullName);
            return;
        }

        var builder = engine.RegisterTask(name);
        var description = task.GetTaskDescription();
        if (description.Length > 0)
        {
            builder.Description(description);
        }

        if (task.IsRunOverridden())
        {
            builder.Does(_ => task.RunAsync(context));
        }

        if (task.IsShouldRunOverridden())
        {
            builder.WithCriteria(_ => task.ShouldRun(context), task.SkippedMessage);
        }

        if (task.IsContinueOnError())
        {
            builder.ContinueOnError();
        }

        if (task.IsOnErrorOverridden())
        {
            builder.OnError(exception => task.OnError(exception, context));
        }

        if (task.IsFinallyOverridden())
        {
            builder.Finally(() => task.Finally(context));
        }

        foreach (var dependency in task.GetDependencies())
        {
            builder.IsDependentOn(RequireTask(dependency, name).GetTaskName());
        }

        foreach (var dependee in task.GetDependees())
        {
            builder.IsDependeeOf(RequireTask(dependee, name).GetTaskName());
        }
    }

    private static Type RequireTask(Type type, string taskName)
    {
        if (!typeof(IFrostingTask).IsAssignableFrom(type))
        {
            throw new FrostingException(
                $"The task '{taskName}' names {type.FullName} as a dependency, but that type is not a Frosting task.");
        }

        return type;
    }
}
