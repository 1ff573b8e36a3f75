using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker run</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="image">The image.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    /// <returns>The first line docker wrote: the container's id with --detach.</returns>
    [CakeMethodAlias]
    public static string? DockerRun(this ICakeContext context, string image, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        return DockerCli.Output(context, new DockerCommand("run"), new DockerContainerRunSettings(), string.IsNullOrEmpty(command) ? [image] : [image, command, .. args]).FirstOrDefault();
    }

    /// <summary>Runs <c>docker run</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="image">The image.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    /// <returns>The first line docker wrote: the container's id with --detach.</returns>
    [CakeMethodAlias]
    public static string? DockerRun(this ICakeContext context, DockerContainerRunSettings? settings, string image, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        return DockerCli.Output(context, new DockerCommand("run"), settings ?? new(), string.IsNullOrEmpty(command) ? [image] : [image, command, .. args]).FirstOrDefault();
    }

    /// <summary>Runs <c>docker run</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="image">The image.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerRunWithoutResult(this ICakeContext context, string image, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        DockerCli.Run(context, new DockerCommand("run"), new DockerContainerRunSettings(), string.IsNullOrEmpty(command) ? [image] : [image, command, .. args]);
    }

    /// <summary>Runs <c>docker run</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="image">The image.</param>
    /// <param name="command">The command to run in it; empty for the image's own.</param>
    /// <param name="args">Further arguments.</param>
    [CakeMethodAlias]
    public static void DockerRunWithoutResult(this ICakeContext context, DockerContainerRunSettings? settings, string image, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        DockerCli.Run(context, new DockerCommand("run"), settings ?? new(), string.IsNullOrEmpty(command) ? [image] : [image, command, .. args]);
    }
}
