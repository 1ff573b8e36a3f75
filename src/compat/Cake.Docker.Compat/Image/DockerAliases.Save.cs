using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker save</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="images">The images.</param>
    [CakeMethodAlias]
    public static void DockerSave(this ICakeContext context, DockerImageSaveSettings? settings, params string[] images)
    {
        DockerCli.Run(context, new DockerCommand("save"), settings ?? new(), [.. images]);
    }
}
