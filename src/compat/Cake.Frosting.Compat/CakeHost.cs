using System.Reflection;
using Cake.Cli;
using Cake.Frosting.Internal;
using Cake.Frosting.Internal.Commands;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Cake.Frosting;

/// <summary>
/// The Cake host: finds the build's tasks, parses the command line and runs the targets.
/// </summary>
public sealed class CakeHost
{
    private readonly IServiceCollection _services = HostServices.CreateDefault();
    private readonly List<Assembly> _assemblies = [];

    /// <summary>
    /// Initializes a new instance of the <see cref="CakeHost"/> class that finds tasks in the entry assembly.
    /// </summary>
    public CakeHost()
    {
        if (Assembly.GetEntryAssembly() is { } entry)
        {
            _assemblies.Add(entry);
        }
    }

    /// <summary>
    /// Creates a <see cref="CakeHost"/>.
    /// </summary>
    /// <returns>The created host.</returns>
    public static CakeHost Create() => new();

    /// <summary>
    /// Adds an assembly in which to find tasks.
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public CakeHost AddAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assemblies.Add(assembly);
        return this;
    }

    /// <summary>
    /// Configures the host's services; later registrations replace earlier ones.
    /// </summary>
    /// <param name="services">A delegate that configures the <see cref="IServiceCollection"/>.</param>
    /// <returns>The same host, so that calls can be chained.</returns>
    public CakeHost ConfigureServices(Action<IServiceCollection> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services(_services);
        return this;
    }

    /// <summary>
    /// Runs the build with the given command-line arguments.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code: 0 on success, non-zero on any failure.</returns>
    public int Run(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        RegisterTasks();

        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IServiceCollection), _services);

        var app = new CommandApp<DefaultCommand>(registrar);
        app.Configure(config =>
        {
            config.Settings.Console = FindConsole();
            config.SetApplicationName(Assembly.GetEntryAssembly()?.GetName().Name ?? "build");

            // As in Cake.Frosting: an option the host does not know, such as --configuration=Release,
            // reaches the build as a Cake argument instead of being refused.
            config.Settings.ConvertFlagsToRemainingArguments = true;
        });

        return app.Run(args);
    }

    private void RegisterTasks()
    {
        var types = _assemblies
            .Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(IFrostingTask).IsAssignableFrom(t) && t.IsClass && !t.IsAbstract);
        foreach (var type in types)
        {
            _services.AddSingleton(typeof(IFrostingTask), type);
        }
    }

    // The command line's own errors (a bad --verbosity, --help) go to the console the build configured.
    private IAnsiConsole? FindConsole() =>
        _services.LastOrDefault(d => d.ServiceType == typeof(IAnsiConsole))?.ImplementationInstance as IAnsiConsole;
}
