using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker start</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="containers">The containers.</param>
    [CakeMethodAlias]
    public static void DockerStart(this ICakeContext context, params string[] containers)
    {
        DockerCli.Run(context, new DockerCommand("start"), new DockerContainerStartSettings(), [.. containers]);
    }

    /// <summary>Runs <c>docker start</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="containers">The containers.</param>
    [CakeMethodAlias]
    public static void DockerStart(this ICakeContext context, DockerContainerStartSettings? settings, params string[] containers)
    {
        DockerCli.Run(context, new DockerCommand("start"), settings ?? new(), [.. containers]);
    }
}
