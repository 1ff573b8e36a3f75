using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose down</c>.</summary>
    /// <param name="context">The context.</param>
    [CakeMethodAlias]
    public static void DockerComposeDown(this ICakeContext context)
    {
        DockerCli.Run(context, DockerCommand.Compose("down", null), new DockerComposeDownSettings(), []);
    }

    /// <summary>Runs <c>docker compose down</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    [CakeMethodAlias]
    public static void DockerComposeDown(this ICakeContext context, DockerComposeDownSettings? settings, DockerComposeSettings? composeSettings = null)
    {
        DockerCli.Run(context, DockerCommand.Compose("down", composeSettings), settings ?? new(), []);
    }
}
