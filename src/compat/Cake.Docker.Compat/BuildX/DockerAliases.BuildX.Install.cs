using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker buildx install</c>.</summary>
    /// <param name="context">The context.</param>
    [CakeMethodAlias]
    public static void DockerBuildXInstall(this ICakeContext context)
    {
        DockerCli.Run(context, new DockerCommand("buildx install"), new DockerBuildXInstallSettings(), []);
    }
}
