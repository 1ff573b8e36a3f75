using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx bake</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXBake(this ICakeContext context, IEnumerable<string>? target = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx bake"), new DockerBuildXBakeSettings(), [.. (target ?? [])]);
    }

    /// <summary>Runs <c>docker buildx bake</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXBake(this ICakeContext context, DockerBuildXBakeSettings? settings, IEnumerable<string>? target = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx bake"), settings ?? new(), [.. (target ?? [])]);
    }
}
