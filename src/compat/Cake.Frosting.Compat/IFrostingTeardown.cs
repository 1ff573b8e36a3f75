using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// An action that runs after the last task, even when a task failed.
/// </summary>
public interface IFrostingTeardown
{
    /// <summary>
    /// Runs after the last task, even when a task failed.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the run.</param>
    void Teardown(ICakeContext context, ITeardownContext info);
}
