using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker manifest inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="manifest">The manifest.</param>
    [CakeMethodAlias]
    [Experimental]
    public static void DockerManifestInspect(this ICakeContext context, string manifest)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifest);
        DockerCli.Run(context, new DockerCommand("manifest inspect"), new DockerManifestInspectSettings(), [manifest]);
    }

    /// <summary>Runs <c>docker manifest inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="manifestList">The manifest list.</param>
    /// <param name="manifest">The manifest.</param>
    [CakeMethodAlias]
    [Experimental]
    public static void DockerManifestInspect(this ICakeContext context, string manifestList, string manifest)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestList);
        ArgumentException.ThrowIfNullOrEmpty(manifest);
        DockerCli.Run(context, new DockerCommand("manifest inspect"), new DockerManifestInspectSettings(), [manifestList, manifest]);
    }

    /// <summary>Runs <c>docker manifest inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="manifestList">The manifest list.</param>
    /// <param name="manifest">The manifest.</param>
    [CakeMethodAlias]
    [Experimental]
    public static void DockerManifestInspect(this ICakeContext context, DockerManifestInspectSettings? settings, string? manifestList, string manifest)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifest);
        DockerCli.Run(context, new DockerCommand("manifest inspect"), settings ?? new(), [manifestList, manifest]);
    }
}
