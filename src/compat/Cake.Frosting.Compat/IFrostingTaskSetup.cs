using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// An action that runs before each task runs.
/// </summary>
public interface IFrostingTaskSetup
{
    /// <summary>
    /// Runs before each task runs.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the task.</param>
    void Setup(ICakeContext context, ITaskSetupContext info);
}
