using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker image prune</c>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerImagePrune(this ICakeContext context)
    {
        return DockerCli.Output(context, new DockerCommand("image prune"), new DockerImagePruneSettings(), []);
    }

    /// <summary>Runs <c>docker image prune</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerImagePrune(this ICakeContext context, DockerImagePruneSettings? settings)
    {
        return DockerCli.Output(context, new DockerCommand("image prune"), settings ?? new(), []);
    }
}
