using System.Globalization;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker compose port</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="service">The service.</param>
    /// <param name="port">The private port.</param>
    /// <param name="composeSettings">The options of docker compose itself (files, project); null for none.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerComposePort(this ICakeContext context, DockerComposePortSettings? settings, string service, int port, DockerComposeSettings? composeSettings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        return DockerCli.Output(context, DockerCommand.Compose("port", composeSettings), settings ?? new(), [service, port.ToString(CultureInfo.InvariantCulture)]);
    }
}
