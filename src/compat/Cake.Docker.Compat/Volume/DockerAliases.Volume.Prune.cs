using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker volume prune</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    [CakeMethodAlias]
    public static void DockerVolumePrune(this ICakeContext context, DockerVolumePruneSettings? settings)
    {
        DockerCli.Run(context, new DockerCommand("volume prune"), settings ?? new(), []);
    }
}
