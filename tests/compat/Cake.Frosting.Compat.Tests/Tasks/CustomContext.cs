using Cake.Core;

namespace Cake.Frosting.Compat.Tests.Tasks;

internal sealed class CustomContext(ICakeContext context) : FrostingContext(context)
{
    public string Greeting { get; } = "hello from the custom context";
}
