using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose cp</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="source">Copied from.</param>
    /// <param name="destination">Copied to.</param>
    [CakeMethodAlias]
    public static void DockerComposeCp(this ICakeContext context, string source, string destination)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(destination);
        DockerCli.Run(context, DockerCommand.Compose("cp", null), new DockerComposeCpSettings(), [source, destination]);
    }

    /// <summary>Runs <c>docker compose cp</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="source">Copied from.</param>
    /// <param name="destination">Copied to.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    [CakeMethodAlias]
    public static void DockerComposeCp(this ICakeContext context, string source, string destination, DockerComposeCpSettings? settings, DockerComposeSettings? composeSettings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(destination);
        DockerCli.Run(context, DockerCommand.Compose("cp", composeSettings), settings ?? new(), [source, destination]);
    }
}
