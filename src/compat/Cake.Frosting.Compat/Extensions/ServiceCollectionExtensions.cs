using Cake.Core.Composition;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Frosting.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

/// <summary>
/// Registers a Frosting build's parts in an <see cref="IServiceCollection"/>.
/// </summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Uses <typeparamref name="TContext"/> as the build's context; the last registration wins.
    /// </summary>
    /// <typeparam name="TContext">The context type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, so that calls can be chained.</returns>
    public static IServiceCollection UseContext<TContext>(this IServiceCollection services)
        where TContext : class, IFrostingContext =>
        services.AddSingleton<IFrostingContext, TContext>();

    /// <summary>
    /// Uses <typeparamref name="TLifetime"/> for the run's setup and teardown; the last registration wins.
    /// </summary>
    /// <typeparam name="TLifetime">The lifetime type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, so that calls can be chained.</returns>
    public static IServiceCollection UseLifetime<TLifetime>(this IServiceCollection services)
        where TLifetime : class, IFrostingLifetime
    {
        services.AddSingleton<IFrostingLifetime, TLifetime>();
        services.AddSingleton<IFrostingSetup>(p => p.GetRequiredService<IFrostingLifetime>());
        return services.AddSingleton<IFrostingTeardown>(p => p.GetRequiredService<IFrostingLifetime>());
    }

    /// <summary>
    /// Uses <typeparamref name="TLifetime"/> for every task's setup and teardown; the last registration wins.
    /// </summary>
    /// <typeparam name="TLifetime">The task lifetime type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, so that calls can be chained.</returns>
    public static IServiceCollection UseTaskLifetime<TLifetime>(this IServiceCollection services)
        where TLifetime : class, IFrostingTaskLifetime
    {
        services.AddSingleton<IFrostingTaskLifetime, TLifetime>();
        services.AddSingleton<IFrostingTaskSetup>(p => p.GetRequiredService<IFrostingTaskLifetime>());
        return services.AddSingleton<IFrostingTaskTeardown>(p => p.GetRequiredService<IFrostingTaskLifetime>());
    }

    /// <summary>
    /// Uses <typeparamref name="TSetup"/> as the run's setup action.
    /// </summary>
    /// <typeparam name="TSetup">The setup type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, so that calls can be chained.</returns>
    public static IServiceCollection UseSetup<TSetup>(this IServiceCollection services)
        where TSetup : class, IFrostingSetup =>
        services.AddSingleton<IFrostingSetup, TSetup>();

    /// <summary>
    /// Uses <typeparamref name="TTeardown"/> as the run's teardown action.
    /// </summary>
    /// <typeparam name="TTeardown">The teardown type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, so that calls can be chained.</returns>
    public static IServiceCollection UseTeardown<TTeardown>(this IServiceCollection services)
        where TTeardown : class, IFrostingTeardown =>
        services.AddSingleton<IFrostingTeardown, TTeardown>();

    /// <summary>
    /// Sets the working directory of the run; <c>--working</c> on the command line wins over it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="path">The working directory.</param>
    /// <returns>The same collection, so that calls can be chained.</returns>
    public static IServiceCollection UseWorkingDirectory(this IServiceCollection services, DirectoryPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return services.AddSingleton(new WorkingDirectory(path));
    }

    /// <summary>
    /// Sets a Cake setting, as cake.config would.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="key">The setting's key.</param>
    /// <param name="value">The setting's value.</param>
    /// <returns>The same collection, so that calls can be chained.</returns>
    public static IServiceCollection UseCakeSetting(this IServiceCollection services, string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return services.AddSingleton(new FrostingConfigurationValue(key, value ?? string.Empty));
    }

    /// <summary>
    /// Uses <typeparamref name="TSetup"/> as the setup of every task.
    /// </summary>
    /// <typeparam name="TSetup">The task setup type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, so that calls can be chained.</returns>
    public static IServiceCollection UseTaskSetup<TSetup>(this IServiceCollection services)
        where TSetup : class, IFrostingTaskSetup =>
        services.AddSingleton<IFrostingTaskSetup, TSetup>();

    /// <summary>
    /// Uses <typeparamref name="TTeardown"/> as the teardown of every task.
    /// </summary>
    /// <typeparam name="TTeardown">The task teardown type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, so that calls can be chained.</returns>
    public static IServiceCollection UseTaskTeardown<TTeardown>(this IServiceCollection services)
        where TTeardown : class, IFrostingTaskTeardown =>
        services.AddSingleton<IFrostingTaskTeardown, TTeardown>();

    /// <summary>
    /// Registers a Cake module's services, as <c>#module</c> does in a script.
    /// </summary>
    /// <typeparam name="TModule">The module type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, so that calls can be chained.</returns>
    public static IServiceCollection UseModule<TModule>(this IServiceCollection services)
        where TModule : ICakeModule, new() =>
        Cake.Cli.ServiceCollectionExtensions.UseModule<TModule>(services);

    /// <summary>
    /// Adds a package installer for the tools the build installs.
    /// </summary>
    /// <typeparam name="TPackageInstaller">The package installer type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, so that calls can be chained.</returns>
    public static IServiceCollection UsePackageInstaller<TPackageInstaller>(this IServiceCollection services)
        where TPackageInstaller : class, IPackageInstaller =>
        services.AddSingleton<IPackageInstaller, TPackageInstaller>();

    /// <summary>
    /// Installs a tool before any task runs, for example <c>dotnet:?package=NAME&amp;version=V</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="uri">The tool's package URI.</param>
    /// <returns>The same service collection, so that calls can be chained.</returns>
    public static IServiceCollection UseTool(this IServiceCollection services, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);

        // Read when the run starts, not here: a URI without a package is then one line before any task, not an
        // exception out of the host's configuration.
        return services.AddSingleton(_ => ToolReference(uri));
    }

    /// <summary>
    /// Sets the folder tools are installed into and found in.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="toolPath">The tools folder.</param>
    /// <returns>The same service collection, so that calls can be chained.</returns>
    public static IServiceCollection UseToolPath(this IServiceCollection services, DirectoryPath toolPath)
    {
        ArgumentNullException.ThrowIfNull(toolPath);
        return services.UseCakeSetting(FrostingConfiguration.ToolsPathKey, toolPath.FullPath);
    }

    private static PackageReference ToolReference(Uri uri)
    {
        try
        {
            return new PackageReference(uri.OriginalString);
        }
        catch (ArgumentException ex)
        {
            throw new FrostingException($"InstallTool {uri.OriginalString}: {ex.Message.Split(" (Parameter")[0]} Write it as dotnet:?package=NAME&version=V or nuget:?package=NAME&version=V.", ex);
        }
    }
}
