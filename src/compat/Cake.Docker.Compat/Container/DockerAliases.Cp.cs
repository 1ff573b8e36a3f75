using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker cp</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="from">Copied from: a path, or CONTAINER:PATH.</param>
    /// <param name="to">Copied to: a path, or CONTAINER:PATH.</param>
    [CakeMethodAlias]
    public static void DockerCp(this ICakeContext context, string from, string to)
    {
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(to);
        DockerCli.Run(context, new DockerCommand("cp"), new DockerContainerCpSettings(), [from, to]);
    }

    /// <summary>Runs <c>docker cp</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="from">Copied from: a path, or CONTAINER:PATH.</param>
    /// <param name="to">Copied to: a path, or CONTAINER:PATH.</param>
    /// <param name="settings">The options; null for none.</param>
    [CakeMethodAlias]
    public static void DockerCp(this ICakeContext context, string from, string to, DockerContainerCpSettings? settings)
    {
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(to);
        DockerCli.Run(context, new DockerCommand("cp"), settings ?? new(), [from, to]);
    }
}
