using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker volume rm</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="volumes">The volumes.</param>
    [CakeMethodAlias]
    public static void DockerVolumeRm(this ICakeContext context, DockerVolumeRmSettings? settings, string[] volumes)
    {
        DockerCli.Run(context, new DockerCommand("volume rm"), settings ?? new(), [.. volumes]);
    }

    /// <summary>Runs <c>docker volume rm</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="volumes">The volumes.</param>
    [CakeMethodAlias]
    public static void DockerVolumeRm(this ICakeContext context, string[] volumes)
    {
        DockerCli.Run(context, new DockerCommand("volume rm"), new DockerVolumeRmSettings(), [.. volumes]);
    }
}
