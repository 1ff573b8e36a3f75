using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose exec</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="service">The service.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerComposeExec(this ICakeContext context, string service, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(command);
        DockerCli.Run(context, DockerCommand.Compose("exec", null), new DockerComposeExecSettings(), [service, command, .. args]);
    }

    /// <summary>Runs <c>docker compose exec</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="service">The service.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerComposeExec(this ICakeContext context, DockerComposeExecSettings? settings, string service, string command, DockerComposeSettings? composeSettings = null, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(command);
        DockerCli.Run(context, DockerCommand.Compose("exec", composeSettings), settings ?? new(), [service, command, .. args]);
    }
}
