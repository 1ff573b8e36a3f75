using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker pull</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="imageReference">The image reference.</param>
    [CakeMethodAlias]
    public static void DockerPull(this ICakeContext context, string imageReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        DockerCli.Run(context, new DockerCommand("pull"), new DockerImagePullSettings(), [imageReference]);
    }

    /// <summary>Runs <c>docker pull</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="imageReference">The image reference.</param>
    [CakeMethodAlias]
    public static void DockerPull(this ICakeContext context, DockerImagePullSettings? settings, string imageReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        DockerCli.Run(context, new DockerCommand("pull"), settings ?? new(), [imageReference]);
    }
}
