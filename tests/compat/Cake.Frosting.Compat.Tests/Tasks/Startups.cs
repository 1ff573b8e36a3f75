using Cake.Core;
using Cake.Core.Composition;
using Cake.Frosting.Compat.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting.Compat.Tests.Tasks;

internal sealed class CustomContextStartup : IFrostingStartup
{
    public void Configure(IServiceCollection services) => services.UseContext<CustomContext>();
}

internal sealed class Greeter
{
    public string Greeting { get; } = "hello from the module";
}

internal sealed class GreeterModule : ICakeModule
{
    public void Register(ICakeContainerRegistrar registrar) => registrar.RegisterType<Greeter>().Singleton();
}

internal sealed class UsesGreeter(RunLog log, Greeter greeter) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(greeter.Greeting);
}

internal sealed class ReadsToolPath(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add($"tools={context.Configuration.GetValue("Paths_Tools")}");
}
