using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx build</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXBuild(this ICakeContext context, string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        DockerCli.Run(context, new DockerCommand("buildx build"), new DockerBuildXBuildSettings(), [target]);
    }

    /// <summary>Runs <c>docker buildx build</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXBuild(this ICakeContext context, DockerBuildXBuildSettings? settings, string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        DockerCli.Run(context, new DockerCommand("buildx build"), settings ?? new(), [target]);
    }
}
