using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Base class for the run's setup: it runs before the first task; it uses the standard context.
/// </summary>
public abstract class FrostingSetup : FrostingSetup<ICakeContext>
{
}

/// <summary>
/// Base class for the run's setup: it runs before the first task.
/// </summary>
/// <typeparam name="TContext">The context type.</typeparam>
public abstract class FrostingSetup<TContext> : IFrostingSetup
    where TContext : ICakeContext
{
    /// <summary>
    /// Runs the action.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the run.</param>
    public abstract void Setup(TContext context, ISetupContext info);

    void IFrostingSetup.Setup(ICakeContext context, ISetupContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(info);
        Setup((TContext)context, info);
    }
}
