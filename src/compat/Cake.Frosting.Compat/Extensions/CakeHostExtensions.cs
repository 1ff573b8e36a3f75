using Cake.Core.Composition;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Frosting.Internal;

namespace Cake.Frosting;

/// <summary>
/// Configures a <see cref="CakeHost"/>.
/// </summary>
public static class CakeHostExtensions
{
    /// <summary>
    /// Lets <typeparamref name="TStartup"/> configure the build's services.
    /// </summary>
    /// <typeparam name="TStartup">The startup type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseStartup<TStartup>(this CakeHost host)
        where TStartup : IFrostingStartup, new()
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.ConfigureServices(services => new TStartup().Configure(services));
    }

    /// <summary>
    /// Uses <typeparamref name="TContext"/> as the build's context; the last registration wins.
    /// </summary>
    /// <typeparam name="TContext">The context type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseContext<TContext>(this CakeHost host)
        where TContext : class, IFrostingContext =>
        host.ConfigureServices(services => services.UseContext<TContext>());

    /// <summary>
    /// Uses <typeparamref name="TLifetime"/> for the run's setup and teardown; the last registration wins.
    /// </summary>
    /// <typeparam name="TLifetime">The lifetime type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseLifetime<TLifetime>(this CakeHost host)
        where TLifetime : class, IFrostingLifetime =>
        host.ConfigureServices(services => services.UseLifetime<TLifetime>());

    /// <summary>
    /// Uses <typeparamref name="TLifetime"/> for every task's setup and teardown; the last registration wins.
    /// </summary>
    /// <typeparam name="TLifetime">The task lifetime type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseTaskLifetime<TLifetime>(this CakeHost host)
        where TLifetime : class, IFrostingTaskLifetime =>
        host.ConfigureServices(services => services.UseTaskLifetime<TLifetime>());

    /// <summary>
    /// Uses <typeparamref name="TSetup"/> as the run's setup action.
    /// </summary>
    /// <typeparam name="TSetup">The setup type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseSetup<TSetup>(this CakeHost host)
        where TSetup : class, IFrostingSetup =>
        host.ConfigureServices(services => services.UseSetup<TSetup>());

    /// <summary>
    /// Uses <typeparamref name="TTeardown"/> as the run's teardown action.
    /// </summary>
    /// <typeparam name="TTeardown">The teardown type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseTeardown<TTeardown>(this CakeHost host)
        where TTeardown : class, IFrostingTeardown =>
        host.ConfigureServices(services => services.UseTeardown<TTeardown>());

    /// <summary>
    /// Uses <typeparamref name="TSetup"/> as the setup of every task.
    /// </summary>
    /// <typeparam name="TSetup">The task setup type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseTaskSetup<TSetup>(this CakeHost host)
        where TSetup : class, IFrostingTaskSetup =>
        host.ConfigureServices(services => services.UseTaskSetup<TSetup>());

    /// <summary>
    /// Uses <typeparamref name="TTeardown"/> as the teardown of every task.
    /// </summary>
    /// <typeparam name="TTeardown">The task teardown type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseTaskTeardown<TTeardown>(this CakeHost host)
        where TTeardown : class, IFrostingTaskTeardown =>
        host.ConfigureServices(services => services.UseTaskTeardown<TTeardown>());

    /// <summary>
    /// Registers a Cake module's services, as <c>#module</c> does in a script.
    /// </summary>
    /// <typeparam name="TModule">The module type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseModule<TModule>(this CakeHost host)
        where TModule : ICakeModule, new() =>
        host.ConfigureServices(services => services.UseModule<TModule>());

    /// <summary>
    /// Adds a package installer for the tools the build installs.
    /// </summary>
    /// <typeparam name="TPackageInstaller">The package installer type.</typeparam>
    /// <param name="host">The host.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UsePackageInstaller<TPackageInstaller>(this CakeHost host)
        where TPackageInstaller : class, IPackageInstaller =>
        host.ConfigureServices(services => services.UsePackageInstaller<TPackageInstaller>());

    /// <summary>
    /// Installs a tool before any task runs, for example <c>dotnet:?package=NAME&amp;version=V</c>.
    /// </summary>
    /// <param name="host">The host.</param>
    /// <param name="uri">The tool's package URI.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost InstallTool(this CakeHost host, Uri uri) =>
        host.ConfigureServices(services => services.UseTool(uri));

    /// <summary>
    /// Sets the working directory of the run; <c>--working</c> on the command line wins over it.
    /// </summary>
    /// <param name="host">The host.</param>
    /// <param name="path">The working directory, relative to the current directory or absolute.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseWorkingDirectory(this CakeHost host, DirectoryPath path) =>
        host.ConfigureServices(services => services.UseWorkingDirectory(path));

    /// <summary>
    /// Sets a Cake setting, as cake.config would.
    /// </summary>
    /// <param name="host">The host.</param>
    /// <param name="key">The setting's key.</param>
    /// <param name="value">The setting's value.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost UseCakeSetting(this CakeHost host, string key, string value) =>
        host.ConfigureServices(services => services.UseCakeSetting(key, value));

    /// <summary>
    /// Sets the folder tools are installed into and found in.
    /// </summary>
    /// <param name="host">The host.</param>
    /// <param name="path">The tools folder.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public static CakeHost SetToolPath(this CakeHost host, DirectoryPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return host.UseCakeSetting(FrostingConfiguration.ToolsPathKey, path.FullPath);
    }
}
