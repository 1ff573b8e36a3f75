using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx uninstall</c>.</summary>
    /// <param name="context">The context.</param>
    [CakeMethodAlias]
    public static void DockerBuildXUninstall(this ICakeContext context)
    {
        DockerCli.Run(context, new DockerCommand("buildx uninstall"), new DockerBuildXUninstallSettings(), []);
    }
}
