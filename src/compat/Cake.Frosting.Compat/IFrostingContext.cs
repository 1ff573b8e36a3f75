using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// Represents the context of a Frosting build: the Cake context that tasks receive.
/// </summary>
public interface IFrostingContext : ICakeContext
{
}
