using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx imagetools inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="name">The name.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerBuildXImageToolsInspect(this ICakeContext context, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return DockerCli.Output(context, new DockerCommand("buildx imagetools inspect"), new DockerBuildXImageToolsInspectSettings(), [name]);
    }

    /// <summary>Runs <c>docker buildx imagetools inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="name">The name.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerBuildXImageToolsInspect(this ICakeContext context, DockerBuildXImageToolsInspectSettings? settings, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return DockerCli.Output(context, new DockerCommand("buildx imagetools inspect"), settings ?? new(), [name]);
    }
}
