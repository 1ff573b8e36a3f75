using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// An action that runs before the first task runs.
/// </summary>
public interface IFrostingSetup
{
    /// <summary>
    /// Runs before the first task runs.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="info">Information about the run.</param>
    void Setup(ICakeContext context, ISetupContext info);
}
