using Cake.Core.IO;

namespace Cake.Frosting;

/// <summary>
/// Configures a <see cref="CakeHost"/>.
/// </summary>
public static class CakeHostExtensions
{
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
}
