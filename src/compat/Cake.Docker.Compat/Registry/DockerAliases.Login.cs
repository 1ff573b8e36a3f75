using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker login</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="server">The registry; null for Docker Hub.</param>
    [CakeMethodAlias]
    public static void DockerLogin(this ICakeContext context, string username, string password, string? server = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        DockerCli.Run(context, new DockerCommand("login"), new DockerRegistryLoginSettings { Username = username, Password = password }, [server]);
    }

    /// <summary>Runs <c>docker login</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="server">The registry; null for Docker Hub.</param>
    [CakeMethodAlias]
    public static void DockerLogin(this ICakeContext context, DockerRegistryLoginSettings settings, string? server = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DockerCli.Run(context, new DockerCommand("login"), settings, [server]);
    }
}
