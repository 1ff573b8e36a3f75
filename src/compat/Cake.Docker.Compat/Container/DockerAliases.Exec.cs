using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker exec</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="container">The container.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerExec(this ICakeContext context, string container, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        ArgumentException.ThrowIfNullOrEmpty(command);
        DockerCli.Run(context, new DockerCommand("exec"), new DockerContainerExecSettings(), [container, command, .. args]);
    }

    /// <summary>Runs <c>docker exec</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="container">The container.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerExec(this ICakeContext context, DockerContainerExecSettings? settings, string container, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        ArgumentException.ThrowIfNullOrEmpty(command);
        DockerCli.Run(context, new DockerCommand("exec"), settings ?? new(), [container, command, .. args]);
    }
}
