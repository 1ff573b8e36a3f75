using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx prune</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    [CakeMethodAlias]
    public static void DockerBuildXPrune(this ICakeContext context, DockerBuildXPruneSettings? settings = null)
    {
        DockerCli.Run(context, new DockerCommand("buildx prune"), settings ?? new(), []);
    }
}
