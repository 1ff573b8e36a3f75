using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// An action that runs after each task, even when it failed.
/// </summary>
public interface IFrostingTaskTeardown
{
    /// <summary>
    /// Runs after each task, even when it failed.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the task.</param>
    void Teardown(ICakeContext context, ITaskTeardownContext info);
}
