using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker rm</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="containers">The containers.</param>
    [CakeMethodAlias]
    public static void DockerRm(this ICakeContext context, params string[] containers)
    {
        DockerCli.Run(context, new DockerCommand("rm"), new DockerContainerRmSettings(), [.. containers]);
    }

    /// <summary>Runs <c>docker rm</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="containers">The containers.</param>
    [CakeMethodAlias]
    public static void DockerRm(this ICakeContext context, DockerContainerRmSettings? settings, params string[] containers)
    {
        DockerCli.Run(context, new DockerCommand("rm"), settings ?? new(), [.. containers]);
    }
}
