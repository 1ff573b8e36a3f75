using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker volume inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="volumes">The volumes.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerVolumeInspect(this ICakeContext context, DockerVolumeInspectSettings? settings, string[] volumes)
    {
        return DockerCli.Output(context, new DockerCommand("volume inspect"), settings ?? new(), [.. volumes]);
    }

    /// <summary>Runs <c>docker volume inspect</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="volumes">The volumes.</param>
    /// <returns>What docker wrote to standard output, line by line.</returns>
    [CakeMethodAlias]
    public static IEnumerable<string> DockerVolumeInspect(this ICakeContext context, string[] volumes)
    {
        return DockerCli.Output(context, new DockerCommand("volume inspect"), new DockerVolumeInspectSettings(), [.. volumes]);
    }
}
