using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker ps</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <returns>What docker wrote to standard output.</returns>
    [CakeMethodAlias]
    public static string DockerPs(this ICakeContext context, DockerContainerPsSettings? settings)
    {
        return string.Join("\n", DockerCli.Output(context, new DockerCommand("ps"), settings ?? new(), []));
    }
}
