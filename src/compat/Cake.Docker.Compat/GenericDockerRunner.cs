using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Cake.Docker.Internal;

namespace Cake.Docker;

/// <summary>
/// Runs one docker command with settings rendered by <see cref="ArgumentsBuilderExtension"/>; for a subcommand
/// (<c>docker compose up</c>), the core command's settings go between the two. Settings marked
/// <see cref="ExperimentalAttribute"/> run with DOCKER_CLI_EXPERIMENTAL=enabled.
/// </summary>
/// <typeparam name="TSettings">The settings type.</typeparam>
public class GenericDockerRunner<TSettings> : DockerTool<TSettings>
    where TSettings : AutoToolSettings, new()
{
    /// <summary>Creates the runner.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="processRunner">The process runner.</param>
    /// <param name="tools">The tool locator.</param>
    public GenericDockerRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    /// <summary>Runs <c>docker COMMAND [options] [additional]</c>.</summary>
    /// <param name="command">The command's words.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="additional">The positional arguments.</param>
    public void Run(string command, TSettings settings, string[] additional)
    {
        var arguments = Arguments(command, settings, additional);
        Run(settings, arguments, ProcessSettings(), postAction: null);
    }

    /// <summary>Runs <c>docker CORE [core options] COMMAND [options] [additional]</c>.</summary>
    /// <typeparam name="TCoreSettings">The core command's settings type.</typeparam>
    /// <param name="coreCommand">The core command (<c>compose</c>).</param>
    /// <param name="coreSettings">Its settings.</param>
    /// <param name="command">The subcommand.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="additional">The positional arguments.</param>
    public void Run<TCoreSettings>(string coreCommand, TCoreSettings coreSettings, string command, TSettings settings, string[] additional)
        where TCoreSettings : AutoToolSettings, new()
    {
        var arguments = Arguments(coreCommand, coreSettings, command, settings, additional);
        Run(settings, arguments, ProcessSettings(), postAction: null);
    }

    /// <summary>Runs the command and turns what it writes to standard output into the result.</summary>
    /// <typeparam name="T">The result's item type.</typeparam>
    /// <param name="command">The command's words.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="processOutput">Turns the output lines into the result.</param>
    /// <param name="arguments">The positional arguments.</param>
    /// <returns>The result.</returns>
    public T[] RunWithResult<T>(string command, TSettings settings, Func<IEnumerable<string>, T[]> processOutput, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(processOutput);
        return Capture(settings, Arguments(command, settings, arguments), processOutput);
    }

    /// <summary>Runs the subcommand and turns what it writes to standard output into the result.</summary>
    /// <typeparam name="T">The result's item type.</typeparam>
    /// <typeparam name="TCoreSettings">The core command's settings type.</typeparam>
    /// <param name="coreCommand">The core command (<c>compose</c>).</param>
    /// <param name="coreSettings">Its settings.</param>
    /// <param name="command">The subcommand.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="processOutput">Turns the output lines into the result.</param>
    /// <param name="arguments">The positional arguments.</param>
    /// <returns>The result.</returns>
    public T[] RunWithResult<T, TCoreSettings>(string coreCommand, TCoreSettings coreSettings, string command, TSettings settings, Func<IEnumerable<string>, T[]> processOutput, params string[] arguments)
        where TCoreSettings : AutoToolSettings, new()
    {
        ArgumentNullException.ThrowIfNull(processOutput);
        return Capture(settings, Arguments(coreCommand, coreSettings, command, settings, arguments), processOutput);
    }

    private T[] Capture<T>(TSettings settings, ProcessArgumentBuilder arguments, Func<IEnumerable<string>, T[]> processOutput)
    {
        T[] result = [];
        var processSettings = ProcessSettings();
        processSettings.RedirectStandardOutput = true;
        Run(settings, arguments, processSettings, process => result = processOutput(process.GetStandardOutput()));
        return result;
    }

    private static ProcessArgumentBuilder Arguments(string command, TSettings settings, string[] additional)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(additional);
        var builder = new ProcessArgumentBuilder();
        builder.AppendAll(command, settings, additional);
        return builder;
    }

    private static ProcessArgumentBuilder Arguments<TCoreSettings>(string coreCommand, TCoreSettings coreSettings, string command, TSettings settings, string[] additional)
        where TCoreSettings : AutoToolSettings, new()
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(additional);
        var builder = new ProcessArgumentBuilder();
        builder.AppendAll(coreCommand, coreSettings, []);
        builder.AppendAll(command, settings, additional);
        return builder;
    }

    private static ProcessSettings ProcessSettings() => DockerExperimental.ProcessSettings<TSettings>();
}
