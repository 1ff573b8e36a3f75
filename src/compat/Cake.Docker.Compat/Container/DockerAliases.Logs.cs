using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker logs</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="container">The container.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerLogs(this ICakeContext context, string container)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        return DockerCli.Output(context, new DockerCommand("logs"), new DockerContainerLogsSettings(), [container]);
    }

    /// <summary>Runs <c>docker logs</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="container">The container.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerLogs(this ICakeContext context, DockerContainerLogsSettings? settings, string container)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        return DockerCli.Output(context, new DockerCommand("logs"), settings ?? new(), [container]);
    }
}
