using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker network create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkCreate(this ICakeContext context, params string[] args)
    {
        DockerCli.Run(context, new DockerCommand("network create"), new DockerNetworkCreateSettings(), [.. args]);
    }

    /// <summary>Runs <c>docker network create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerNetworkCreate(this ICakeContext context, DockerNetworkCreateSettings? settings, params string[] args)
    {
        DockerCli.Run(context, new DockerCommand("network create"), settings ?? new(), [.. args]);
    }
}
