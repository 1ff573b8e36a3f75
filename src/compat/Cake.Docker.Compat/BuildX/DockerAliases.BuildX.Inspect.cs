using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="name">The name.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerBuildXInspect(this ICakeContext context, string? name = null)
    {
        return DockerCli.Output(context, new DockerCommand("buildx inspect"), new DockerBuildXInspectSettings(), [name]);
    }

    /// <summary>Runs <c>docker buildx inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="name">The name.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerBuildXInspect(this ICakeContext context, DockerBuildXInspectSettings? settings, string? name = null)
    {
        return DockerCli.Output(context, new DockerCommand("buildx inspect"), settings ?? new(), [name]);
    }
}
