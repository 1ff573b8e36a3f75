using Cake.Cli;
using Cake.Cli.Infrastructure;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Cake.Frosting.Internal.Commands;

/// <summary>
/// The one command of a Frosting host: builds the services with the parsed arguments and runs the targets.
/// </summary>
internal sealed class DefaultCommand(IServiceCollection services) : Command<DefaultCommandSettings>
{
    public override int Execute(CommandContext context, DefaultCommandSettings settings, CancellationToken cancellationToken)
    {
        services.AddSingleton<ICakeArguments>(context.Remaining.ToCakeArguments(settings.Targets, null));
        services.AddSingleton(context.Remaining);

        using var provider = services.BuildServiceProvider();
        var log = provider.GetRequiredService<ICakeLog>();
        try
        {
            if (settings.Version)
            {
                provider.GetRequiredService<VersionFeature>().Run(provider.GetRequiredService<IConsole>());
                return 0;
            }

            if (settings.Info)
            {
                provider.GetRequiredService<InfoFeature>().Run(provider.GetRequiredService<IConsole>());
                return 0;
            }

            // Verbosity first, so that a bad working directory is reported at the level asked for;
            // then again once cake.config in the working directory can be read.
            log.Verbosity = settings.Verbosity ?? Verbosity.Normal;
            SetWorkingDirectory(provider, settings);
            log.Verbosity = provider.GetRequiredService<ICakeConfiguration>().GetVerbosity(settings.Verbosity);

            InstallTools(provider);

            var engine = provider.GetRequiredService<FrostingEngine>();
            engine.Run(GetScriptHost(provider, settings), settings.Targets, settings.Exclusive, describeAll: settings.Description);
            return 0;
        }
        catch (Exception ex)
        {
            return log.LogException(ex);
        }
    }

    private static void SetWorkingDirectory(IServiceProvider provider, DefaultCommandSettings settings)
    {
        var fileSystem = provider.GetRequiredService<IFileSystem>();
        var environment = provider.GetRequiredService<ICakeEnvironment>();

        var directory = settings.WorkingDirectory ?? provider.GetService<WorkingDirectory>()?.Path;
        directory = directory?.MakeAbsolute(environment) ?? environment.WorkingDirectory;
        if (!fileSystem.Exist(directory))
        {
            throw new FrostingException(
                $"--working: the working directory '{directory.FullPath}' does not exist.");
        }

        environment.WorkingDirectory = directory;
    }

    private static void InstallTools(IServiceProvider provider)
    {
        var installer = provider.GetRequiredService<IToolInstaller>();
        foreach (var tool in provider.GetServices<PackageReference>())
        {
            installer.Install(tool);
        }
    }

    private static IScriptHost GetScriptHost(IServiceProvider provider, DefaultCommandSettings settings) => settings switch
    {
        { DryRun: true } => provider.GetRequiredService<DryRunScriptHost<IFrostingContext>>(),
        { Tree: true } => provider.GetRequiredService<TreeScriptHost>(),
        { Description: true } => provider.GetRequiredService<DescriptionScriptHost>(),
        _ => provider.GetRequiredService<BuildScriptHost<IFrostingContext>>(),
    };
}
