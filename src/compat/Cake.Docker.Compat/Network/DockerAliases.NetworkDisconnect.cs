using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker network disconnect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkDisconnect(this ICakeContext context, params string[] args)
    {
        DockerCli.Run(context, new DockerCommand("network disconnect"), new DockerNetworkDisconnectSettings(), [.. args]);
    }

    /// <summary>Runs <c>docker network disconnect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkDisconnect(this ICakeContext context, DockerNetworkDisconnectSettings? settings, params string[] args)
    {
        DockerCli.Run(context, new DockerCommand("network disconnect"), settings ?? new(), [.. args]);
    }
}
