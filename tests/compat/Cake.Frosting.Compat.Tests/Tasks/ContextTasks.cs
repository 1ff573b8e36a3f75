using Cake.Frosting.Compat.Tests.Fixtures;

namespace Cake.Frosting.Compat.Tests.Tasks;

internal sealed class UsesCustomContext(RunLog log) : FrostingTask<CustomContext>
{
    public override void Run(CustomContext context) => log.Add(context.Greeting);
}
