using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker manifest push</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="manifestList">The manifest list.</param>
    [CakeMethodAlias]
    [Experimental]
    public static void DockerManifestPush(this ICakeContext context, string manifestList)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestList);
        DockerCli.Run(context, new DockerCommand("manifest push"), new DockerManifestPushSettings(), [manifestList]);
    }

    /// <summary>Runs <c>docker manifest push</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="manifestList">The manifest list.</param>
    [CakeMethodAlias]
    [Experimental]
    public static void DockerManifestPush(this ICakeContext context, DockerManifestPushSettings? settings, string manifestList)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestList);
        DockerCli.Run(context, new DockerCommand("manifest push"), settings ?? new(), [manifestList]);
    }
}
