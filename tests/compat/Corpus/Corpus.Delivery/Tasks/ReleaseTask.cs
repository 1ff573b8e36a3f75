using Cake.Frosting;

namespace Corpus.Delivery;

/// <summary>Every release step needs the version first; the dependency is declared once, here.</summary>
[IsDependentOn(typeof(Version))]
public abstract class ReleaseTask : FrostingTask<DeliveryContext>
{
}
