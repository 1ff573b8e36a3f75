using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="image">The image.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    /// <returns>The first line docker wrote: the container's id with --detach.</returns>
    [CakeMethodAlias]
    public static string? DockerCreate(this ICakeContext context, string image, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        return DockerCli.Output(context, new DockerCommand("create"), new DockerContainerCreateSettings(), string.IsNullOrEmpty(command) ? [image] : [image, command, .. args]).FirstOrDefault();
    }

    /// <summary>Runs <c>docker create</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="image">The image.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    /// <returns>The first line docker wrote: the container's id with --detach.</returns>
    [CakeMethodAlias]
    public static string? DockerCreate(this ICakeContext context, DockerContainerCreateSettings? settings, string image, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        return DockerCli.Output(context, new DockerCommand("create"), settings ?? new(), string.IsNullOrEmpty(command) ? [image] : [image, command, .. args]).FirstOrDefault();
    }
}
