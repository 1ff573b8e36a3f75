using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker network connect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="network">The network.</param>
    /// <param name="container">The container.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkConnect(this ICakeContext context, string network, string container, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(network);
        ArgumentException.ThrowIfNullOrEmpty(container);
        DockerCli.Run(context, new DockerCommand("network connect"), new DockerNetworkConnectSettings(), [network, container, .. args]);
    }

    /// <summary>Runs <c>docker network connect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="network">The network.</param>
    /// <param name="container">The container.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkConnect(this ICakeContext context, DockerNetworkConnectSettings? settings, string network, string container, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(network);
        ArgumentException.ThrowIfNullOrEmpty(container);
        DockerCli.Run(context, new DockerCommand("network connect"), settings ?? new(), [network, container, .. args]);
    }
}
