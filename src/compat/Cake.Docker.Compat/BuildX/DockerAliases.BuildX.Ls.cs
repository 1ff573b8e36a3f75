using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx ls</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerBuildXLs(this ICakeContext context, DockerBuildXLsSettings? settings = null)
    {
        return DockerCli.Output(context, new DockerCommand("buildx ls"), settings ?? new(), []);
    }
}
