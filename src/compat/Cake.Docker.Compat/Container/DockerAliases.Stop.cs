using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker stop</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="containers">The containers.</param>
    [CakeMethodAlias]
    public static void DockerStop(this ICakeContext context, params string[] containers)
    {
        DockerCli.Run(context, new DockerCommand("stop"), new DockerContainerStopSettings(), [.. containers]);
    }

    /// <summary>Runs <c>docker stop</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="containers">The containers.</param>
    [CakeMethodAlias]
    public static void DockerStop(this ICakeContext context, DockerContainerStopSettings? settings, params string[] containers)
    {
        DockerCli.Run(context, new DockerCommand("stop"), settings ?? new(), [.. containers]);
    }
}
