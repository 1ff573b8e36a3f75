using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker network rm</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="network">The network.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkRemove(this ICakeContext context, string network, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(network);
        DockerCli.Run(context, new DockerCommand("network rm"), new EmptySettings(), [network, .. args]);
    }

    /// <summary>Runs <c>docker network rm</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="network">The network.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkRemove(this ICakeContext context, string[] network, params string[] args)
    {
        DockerCli.Run(context, new DockerCommand("network rm"), new EmptySettings(), [.. network, .. args]);
    }
}
