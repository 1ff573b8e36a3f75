using Cake.Core;
using Cake.Frosting;

namespace Corpus.Delivery;

/// <summary>What every task of the delivery reads: the repository to release (--repository), and what it builds.</summary>
public sealed class DeliveryContext(ICakeContext context) : FrostingContext(context)
{
    public string Repository { get; } = context.Arguments.GetArgument("repository") ?? ".";

    public string Image { get; set; } = "corpus/app";

    public string Version { get; set; } = "0.0.0";
}
