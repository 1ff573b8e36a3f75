using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose ps</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    /// <param name="services">The services; none for all.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerComposePs(this ICakeContext context, DockerComposePsSettings? settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        return DockerCli.Output(context, DockerCommand.Compose("ps", composeSettings), settings ?? new(), [.. services]);
    }
}
