using Cake.Core;
using Cake.Frosting.Compat.Tests.Fixtures;

namespace Cake.Frosting.Compat.Tests.Discovery;

/// <summary>
/// The test assembly's only public task: found by <see cref="CakeHost.AddAssembly"/>.
/// </summary>
public sealed class DiscoverableTask(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(nameof(DiscoverableTask));
}
