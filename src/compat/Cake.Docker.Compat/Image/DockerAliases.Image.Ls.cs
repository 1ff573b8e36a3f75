using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker image ls</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerImageLs(this ICakeContext context, DockerImageLsSettings? settings)
    {
        return DockerCli.Output(context, new DockerCommand("image ls"), settings ?? new(), []);
    }
}
