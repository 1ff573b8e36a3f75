using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker load</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    [CakeMethodAlias]
    public static void DockerLoad(this ICakeContext context, DockerImageLoadSettings? settings)
    {
        DockerCli.Run(context, new DockerCommand("load"), settings ?? new(), []);
    }
}
