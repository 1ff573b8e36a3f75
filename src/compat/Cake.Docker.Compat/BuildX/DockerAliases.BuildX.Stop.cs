using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx stop</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="name">The name.</param>
    [CakeMethodAlias]
    public static void DockerBuildXStop(this ICakeContext context, string? name = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx stop"), new DockerBuildXStopSettings(), [name]);
    }

    /// <summary>Runs <c>docker buildx stop</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="name">The name.</param>
    [CakeMethodAlias]
    public static void DockerBuildXStop(this ICakeContext context, DockerBuildXStopSettings? settings = null, string? name = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx stop"), settings ?? new(), [name]);
    }
}
