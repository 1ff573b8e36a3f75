using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker None</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="images">The images.</param>
    [CakeMethodAlias]
    public static void DockerRmi(this ICakeContext context, params string[] images)
    {
        DockerCli.Run(context, new DockerCommand("None"), new DockerImageRemoveSettings(), [.. images]);
    }

    /// <summary>Runs <c>docker rmi</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="images">The images.</param>
    [CakeMethodAlias]
    public static void DockerRemove(this ICakeContext context, DockerImageRemoveSettings? settings, params string[] images)
    {
        DockerCli.Run(context, new DockerCommand("rmi"), settings ?? new(), [.. images]);
    }
}
