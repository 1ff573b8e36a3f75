using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Base class for the setup of every task: it runs before each task; it uses the standard context.
/// </summary>
public abstract class FrostingTaskSetup : FrostingTaskSetup<ICakeContext>
{
}

/// <summary>
/// Base class for the setup of every task: it runs before each task.
/// </summary>
/// <typeparam name="TContext">The context type.</typeparam>
public abstract class FrostingTaskSetup<TContext> : IFrostingTaskSetup
    where TContext : ICakeContext
{
    /// <summary>
    /// Runs the action.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the task.</param>
    public abstract void Setup(TContext context, ITaskSetupContext info);

    void IFrostingTaskSetup.Setup(ICakeContext context, ITaskSetupContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(info);
        Setup((TContext)context, info);
    }
}
