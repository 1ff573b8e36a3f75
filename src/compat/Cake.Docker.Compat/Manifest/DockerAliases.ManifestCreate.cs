using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker manifest create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="manifestList">The manifest list.</param>
    /// <param name="manifest">The manifest.</param>
    /// <param name="manifests">Further manifests.</param>
    [CakeMethodAlias]
    [Experimental]
    public static void DockerManifestCreate(this ICakeContext context, string manifestList, string manifest, params string[] manifests)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestList);
        ArgumentException.ThrowIfNullOrEmpty(manifest);
        DockerCli.Run(context, new DockerCommand("manifest create"), new DockerManifestCreateSettings(), [manifestList, manifest, .. manifests]);
    }

    /// <summary>Runs <c>docker manifest create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="manifestList">The manifest list.</param>
    /// <param name="manifest">The manifest.</param>
    /// <param name="manifests">Further manifests.</param>
    [CakeMethodAlias]
    [Experimental]
    public static void DockerManifestCreate(this ICakeContext context, DockerManifestCreateSettings? settings, string manifestList, string manifest, params string[] manifests)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestList);
        ArgumentException.ThrowIfNullOrEmpty(manifest);
        DockerCli.Run(context, new DockerCommand("manifest create"), settings ?? new(), [manifestList, manifest, .. manifests]);
    }
}
