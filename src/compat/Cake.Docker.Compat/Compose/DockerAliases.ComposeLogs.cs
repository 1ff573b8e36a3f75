using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose logs</c>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerComposeLogs(this ICakeContext context)
    {
        return DockerCli.Output(context, DockerCommand.Compose("logs", null), new DockerComposeLogsSettings(), []);
    }

    /// <summary>Runs <c>docker compose logs</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerComposeLogs(this ICakeContext context, DockerComposeLogsSettings? settings, DockerComposeSettings? composeSettings = null)
    {
        return DockerCli.Output(context, DockerCommand.Compose("logs", composeSettings), settings ?? new(), []);
    }
}
