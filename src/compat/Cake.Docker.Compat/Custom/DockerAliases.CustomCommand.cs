using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs any docker command: its first word is the command, the rest its arguments, as written.</summary>
    /// <param name="context">The context.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerCustomCommand(this ICakeContext context, string command)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        var space = command.IndexOf(' ', StringComparison.Ordinal);
        var (name, arguments) = space < 0 ? (command, string.Empty) : (command[..space], command[(space + 1)..]);
        return DockerCli.Output(context, new DockerCommand(name), new DockerCustomCommandSettings(), [arguments.Length > 0 ? arguments : null]);
    }

    /// <summary>Runs any docker command: its first word is the command, the rest its arguments, as written.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerCustomCommand(this ICakeContext context, DockerCustomCommandSettings settings, string command)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        ArgumentNullException.ThrowIfNull(settings);
        var space = command.IndexOf(' ', StringComparison.Ordinal);
        var (name, arguments) = space < 0 ? (command, string.Empty) : (command[..space], command[(space + 1)..]);
        return DockerCli.Output(context, new DockerCommand(name), settings, [arguments.Length > 0 ? arguments : null]);
    }
}
