using Cake.Core;

namespace Cake.Frosting;

/// <summary>
/// The default build context. Derive from it to carry the build's own settings and state.
/// </summary>
public class FrostingContext : CakeContextAdapter, IFrostingContext
{
    /// <summary>
    /// Initializes a new instance of the <see cref="FrostingContext"/> class.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    public FrostingContext(ICakeContext context)
        : base(context)
    {
    }
}
