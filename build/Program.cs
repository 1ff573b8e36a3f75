using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;
using Qte.Build.Lifetimes;

namespace Qte.Build;

public static class Program
{
    // The tools a task runs are installed before the first task, as a Cake build installs them (into tools/).
    public static int Main(string[] args)
    {
        HostStart.Mark();
        ToolProcesses.InheritNoDynamicPgo();
        return CreateHost(args).InstallTool(Testing.CoverageMerge.ReportGeneratorTool).Run(args);
    }

    /// <summary>
    /// The host with the build's clock, context and lifetimes for a run with these arguments; tasks come from the
    /// entry assembly.
    /// </summary>
    public static CakeHost CreateHost(IEnumerable<string> args) =>
        new CakeHost()
            .ConfigureServices(services => services.AddSingleton(TimeProvider.System).AddSingleton(RunMode.From(args)))
            .UseContext<BuildContext>()
            .UseLifetime<BuildLifetime>()
            .UseTaskLifetime<TaskTimingLifetime>();
}
