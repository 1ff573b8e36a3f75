using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx imagetools create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXImageToolsCreate(this ICakeContext context, IEnumerable<string>? target = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx imagetools create"), new DockerBuildXImageToolsCreateSettings(), [.. (target ?? [])]);
    }

    /// <summary>Runs <c>docker buildx imagetools create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="target">The target.</param>
    [CakeMethodAlias]
    public static void DockerBuildXImageToolsCreate(this ICakeContext context, DockerBuildXImageToolsCreateSettings? settings, IEnumerable<string>? target = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx imagetools create"), settings ?? new(), [.. (target ?? [])]);
    }
}
