using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx use</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="name">The name.</param>
    [CakeMethodAlias]
    public static void DockerBuildXUse(this ICakeContext context, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        DockerCli.Run(context, new DockerCommand("buildx use"), new DockerBuildXUseSettings(), [name]);
    }

    /// <summary>Runs <c>docker buildx use</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="name">The name.</param>
    [CakeMethodAlias]
    public static void DockerBuildXUse(this ICakeContext context, DockerBuildXUseSettings? settings = null, string? name = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx use"), settings ?? new(), [name]);
    }
}
