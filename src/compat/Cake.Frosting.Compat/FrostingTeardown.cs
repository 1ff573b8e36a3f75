using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Base class for the run's teardown: it runs after the last task, even when a task failed; it uses the standard context.
/// </summary>
public abstract class FrostingTeardown : FrostingTeardown<ICakeContext>
{
}

/// <summary>
/// Base class for the run's teardown: it runs after the last task, even when a task failed.
/// </summary>
/// <typeparam name="TContext">The context type.</typeparam>
public abstract class FrostingTeardown<TContext> : IFrostingTeardown
    where TContext : ICakeContext
{
    /// <summary>
    /// Runs the action.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the run.</param>
    public abstract void Teardown(TContext context, ITeardownContext info);

    void IFrostingTeardown.Teardown(ICakeContext context, ITeardownContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(info);
        Teardown((TContext)context, info);
    }
}
