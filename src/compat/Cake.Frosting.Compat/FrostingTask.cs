using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Base class for a Frosting task that uses the standard context.
/// </summary>
public abstract class FrostingTask : FrostingTask<ICakeContext>
{
}

/// <summary>
/// Base class for a Frosting task that uses a custom context.
/// </summary>
/// <typeparam name="T">The context type.</typeparam>
public abstract class FrostingTask<T> : IFrostingTask
    where T : ICakeContext
{
    /// <summary>
    /// Runs the task.
    /// </summary>
    /// <param name="context">The context.</param>
    public virtual void Run(T context)
    {
    }

    /// <summary>
    /// Gets whether the task should run.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <returns><c>true</c> if the task should run; otherwise <c>false</c>.</returns>
    public virtual bool ShouldRun(T context) => true;

    /// <summary>
    /// Handles an exception thrown by the task.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <param name="context">The context.</param>
    public virtual void OnError(Exception exception, T context)
    {
    }

    /// <summary>
    /// Runs after the task, whether it succeeded or not.
    /// </summary>
    /// <param name="context">The context.</param>
    public virtual void Finally(T context)
    {
    }

    Task IFrostingTask.RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Run((T)context);
        return Task.CompletedTask;
    }

    bool IFrostingTask.ShouldRun(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ShouldRun((T)context);
    }

    void IFrostingTask.OnError(Exception exception, ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(context);
        OnError(exception, (T)context);
    }

    void IFrostingTask.Finally(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Finally((T)context);
    }
}
