using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXCreate(this ICakeContext context, string? target = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx create"), new DockerBuildXCreateSettings(), [target]);
    }

    /// <summary>Runs <c>docker buildx create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXCreate(this ICakeContext context, DockerBuildXCreateSettings? settings, string? target = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx create"), settings ?? new(), [target]);
    }
}
