using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker push</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="imageReference">The image reference.</param>
    [CakeMethodAlias]
    public static void DockerPush(this ICakeContext context, string imageReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        DockerCli.Run(context, new DockerCommand("push"), new DockerImagePushSettings(), [imageReference]);
    }

    /// <summary>Runs <c>docker push</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="imageReference">The image reference.</param>
    [CakeMethodAlias]
    public static void DockerPush(this ICakeContext context, DockerImagePushSettings? settings, string imageReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        DockerCli.Run(context, new DockerCommand("push"), settings ?? new(), [imageReference]);
    }
}
