using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker logout</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="server">The registry; null for Docker Hub.</param>
    [CakeMethodAlias]
    public static void DockerLogout(this ICakeContext context, string? server = null)
    {
        DockerCli.Run(context, new DockerCommand("logout"), new DockerRegistryLogoutSettings(), [server]);
    }

    /// <summary>Runs <c>docker logout</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="server">The registry; null for Docker Hub.</param>
    [CakeMethodAlias]
    public static void DockerLogout(this ICakeContext context, DockerRegistryLogoutSettings? settings, string? server = null)
    {
        DockerCli.Run(context, new DockerCommand("logout"), settings ?? new(), [server]);
    }
}
