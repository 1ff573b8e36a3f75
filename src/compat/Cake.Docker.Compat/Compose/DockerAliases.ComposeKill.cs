using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose kill</c>.</summary>
    /// <param name="context">The context.</param>
    [CakeMethodAlias]
    public static void DockerComposeKill(this ICakeContext context)
    {
        DockerCli.Run(context, DockerCommand.Compose("kill", null), new DockerComposeKillSettings(), []);
    }

    /// <summary>Runs <c>docker compose kill</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    [CakeMethodAlias]
    public static void DockerComposeKill(this ICakeContext context, DockerComposeKillSettings? settings, DockerComposeSettings? composeSettings = null)
    {
        DockerCli.Run(context, DockerCommand.Compose("kill", composeSettings), settings ?? new(), []);
    }
}
