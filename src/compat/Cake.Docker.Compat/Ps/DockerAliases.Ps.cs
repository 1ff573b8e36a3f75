using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker ps</c>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The containers.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Results")]
    public static DockerPsResult[] DockerPs(this ICakeContext context)
    {
        return DockerPsTable.Parse(DockerCli.Output(context, new DockerCommand("ps"), new DockerContainerPsSettings(), []));
    }

    /// <summary>Runs <c>docker ps</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <returns>The containers.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Results")]
    public static DockerPsResult[] DockerPs(this ICakeContext context, DockerPsSettings settings)
    {
        return DockerPsTable.Parse(DockerCli.Output(context, new DockerCommand("ps"), settings ?? new(), []));
    }
}
