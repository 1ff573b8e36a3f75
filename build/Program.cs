using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;
using Qte.Build.Lifetimes;

namespace Qte.Build;

public static class Program
{
    public static int Main(string[] args) => CreateHost().Run(args);

    /// <summary>
    /// The host with the build's clock, context and lifetimes; tasks come from the entry assembly.
    /// </summary>
    public static CakeHost CreateHost() =>
        new CakeHost()
            .ConfigureServices(services => services.AddSingleton(TimeProvider.System))
            .UseContext<BuildContext>()
            .UseLifetime<BuildLifetime>()
            .UseTaskLifetime<TaskTimingLifetime>();
}
