using Cake.Cli;
using Cake.Common.Modules;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.Modules;
using Cake.Core.Tooling;
using Cake.DotNetTool.Module;
using Cake.NuGet;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cake.Frosting.Internal;

/// <summary>
/// The services a Frosting host starts with: Cake's own modules, log, console, report printer and
/// script hosts. Registrations made later by the build replace these.
/// </summary>
internal static class HostServices
{
    public static ServiceCollection CreateDefault()
    {
        var services = new ServiceCollection();

        services.AddSingleton<IConsole, CakeConsole>();
        services.AddSingleton<IAnsiConsole>(AnsiConsole.Console);
        services.AddSingleton<ICakeLog>(p => new CakeBuildLog(p.GetRequiredService<IConsole>(), Verbosity.Normal));
        services.AddSingleton<ICakeReportPrinter, CakeReportPrinter>();
        services.AddSingleton<ICakeConfiguration, FrostingConfiguration>();
        services.AddSingleton<Cake.Core.Tooling.IToolInstaller, ToolInstaller>();
        services.AddSingleton<IToolInstaller, FrostingToolInstaller>();
        services.AddSingleton<ToolPackageCheck>();

        services.AddSingleton<BuildScriptHost<IFrostingContext>>();
        services.AddSingleton<DryRunScriptHost<IFrostingContext>>();
        services.AddSingleton<TreeScriptHost>();
        services.AddSingleton<DescriptionScriptHost>();

        services.AddSingleton<IVersionResolver, CakeVersionResolver>();
        services.AddSingleton<VersionFeature>();
        services.AddSingleton<InfoFeature>();

        services.AddSingleton<TaskRegistrar>();
        services.AddSingleton<FrostingEngine>();

        Cake.Cli.ServiceCollectionExtensions.UseModule<CoreModule>(services);
        Cake.Cli.ServiceCollectionExtensions.UseModule<CommonModule>(services);
        Cake.Cli.ServiceCollectionExtensions.UseModule<NuGetModule>(services);
        Cake.Cli.ServiceCollectionExtensions.UseModule<DotNetToolModule>(services);

        services.AddSingleton<FrostingContext>();
        services.AddSingleton<IFrostingContext>(p => p.GetRequiredService<FrostingContext>());

        return services;
    }
}
