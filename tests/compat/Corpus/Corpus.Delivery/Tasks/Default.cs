using Cake.Frosting;

namespace Corpus.Delivery;

[IsDependentOn(typeof(PushImage))]
public sealed class Default : FrostingTask
{
}
