using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker volume create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="volume">The volume.</param>
    [CakeMethodAlias]
    public static void DockerVolumeCreate(this ICakeContext context, string volume)
    {
        ArgumentException.ThrowIfNullOrEmpty(volume);
        DockerCli.Run(context, new DockerCommand("volume create"), new DockerVolumeCreateSettings(), [volume]);
    }

    /// <summary>Runs <c>docker volume create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="volume">The volume.</param>
    [CakeMethodAlias]
    public static void DockerVolumeCreate(this ICakeContext context, DockerVolumeCreateSettings? settings, string volume)
    {
        ArgumentException.ThrowIfNullOrEmpty(volume);
        DockerCli.Run(context, new DockerCommand("volume create"), settings ?? new(), [volume]);
    }
}
