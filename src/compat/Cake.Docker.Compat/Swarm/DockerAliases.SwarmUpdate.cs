using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker swarm update</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerSwarmUpdate(this ICakeContext context, params string[] args)
    {
        DockerCli.Run(context, new DockerCommand("swarm update"), new DockerSwarmUpdateSettings(), [.. args]);
    }

    /// <summary>Runs <c>docker swarm update</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerSwarmUpdate(this ICakeContext context, DockerSwarmUpdateSettings? settings, params string[] args)
    {
        DockerCli.Run(context, new DockerCommand("swarm update"), settings ?? new(), [.. args]);
    }
}
