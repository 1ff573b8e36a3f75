namespace Cake.Frosting;

/// <summary>
/// The setup and teardown of a whole run.
/// </summary>
public interface IFrostingLifetime : IFrostingSetup, IFrostingTeardown
{
}
