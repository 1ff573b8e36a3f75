namespace Cake.Frosting;

/// <summary>
/// The setup and teardown of every task.
/// </summary>
public interface IFrostingTaskLifetime : IFrostingTaskSetup, IFrostingTaskTeardown
{
}
