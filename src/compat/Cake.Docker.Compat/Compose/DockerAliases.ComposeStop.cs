using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose stop</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="services">The services; none for all.</param>
    [CakeMethodAlias]
    public static void DockerComposeStop(this ICakeContext context, params string[] services)
    {
        DockerCli.Run(context, DockerCommand.Compose("stop", null), new DockerComposeBuildSettings(), [.. services]);
    }

    /// <summary>Runs <c>docker compose stop</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    /// <param name="services">The services; none for all.</param>
    [CakeMethodAlias]
    public static void DockerComposeStop(this ICakeContext context, DockerComposeBuildSettings? settings, DockerComposeSettings? composeSettings = null, params string[] services)
    {
        DockerCli.Run(context, DockerCommand.Compose("stop", composeSettings), settings ?? new(), [.. services]);
    }
}
