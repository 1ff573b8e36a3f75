using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.Docker;

// Any docker command that has no alias of its own, e.g. "version" or "inspect".
public static partial class DockerAliases
{
    /// <summary>Runs <c>docker &lt;command&gt;</c>, the command line given whole, and returns its output's lines.</summary>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerCustomCommand(this ICakeContext context, string command) =>
        DockerCustomCommand(context, new DockerCustomCommandSettings(), command);

    /// <summary>Runs <c>docker &lt;command&gt;</c>, the command line given whole, and returns its output's lines.</summary>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerCustomCommand(this ICakeContext context, DockerCustomCommandSettings? settings, string command)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        return Runner<DockerCustomCommandSettings>(context).RunWithResult(command, settings ?? new DockerCustomCommandSettings());
    }
}
