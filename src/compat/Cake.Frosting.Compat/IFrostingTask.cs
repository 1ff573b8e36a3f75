using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// A unit of work in a Frosting build.
/// </summary>
public interface IFrostingTask
{
    /// <summary>
    /// Gets the message shown when <see cref="ShouldRun"/> returns <c>false</c>. A task sets it by naming
    /// <see cref="IFrostingTask"/> among its bases again and declaring the property.
    /// </summary>
    string SkippedMessage => string.Empty;

    /// <summary>
    /// Runs the task.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <returns>A task that completes when the work is done.</returns>
    Task RunAsync(ICakeContext context);

    /// <summary>
    /// Gets whether the task should run.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <returns><c>true</c> if the task should run; otherwise <c>false</c>.</returns>
    bool ShouldRun(ICakeContext context);

    /// <summary>
    /// Handles an exception thrown by the task.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <param name="context">The context.</param>
    void OnError(Exception exception, ICakeContext context);

    /// <summary>
    /// Runs after the task, whether it succeeded or not.
    /// </summary>
    /// <param name="context">The context.</param>
    void Finally(ICakeContext context);
}
