using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Base class for the teardown of every task: it runs after each task, even when it failed; it uses the standard context.
/// </summary>
public abstract class FrostingTaskTeardown : FrostingTaskTeardown<ICakeContext>
{
}

/// <summary>
/// Base class for the teardown of every task: it runs after each task, even when it failed.
/// </summary>
/// <typeparam name="TContext">The context type.</typeparam>
public abstract class FrostingTaskTeardown<TContext> : IFrostingTaskTeardown
    where TContext : ICakeContext
{
    /// <summary>
    /// Runs the action.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the task.</param>
    public abstract void Teardown(TContext context, ITaskTeardownContext info);

    void IFrostingTaskTeardown.Teardown(ICakeContext context, ITaskTeardownContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(info);
        Teardown((TContext)context, info);
    }
}
