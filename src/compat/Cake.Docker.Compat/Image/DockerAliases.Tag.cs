using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker tag</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="imageReference">The image reference.</param>
    /// <param name="registryReference">The new reference.</param>
    [CakeMethodAlias]
    public static void DockerTag(this ICakeContext context, string imageReference, string registryReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        ArgumentException.ThrowIfNullOrEmpty(registryReference);
        DockerCli.Run(context, new DockerCommand("tag"), new DockerImageTagSettings(), [imageReference, registryReference]);
    }
}
