using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker image build</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="path">The build context: a folder or URL.</param>
    [CakeMethodAlias]
    public static void DockerBuild(this ICakeContext context, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DockerCli.Run(context, new DockerCommand("image build"), new DockerImageBuildSettings(), [DockerCli.Quoted(path)]);
    }

    /// <summary>Runs <c>docker image build</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <param name="path">The build context: a folder or URL.</param>
    [CakeMethodAlias]
    public static void DockerBuild(this ICakeContext context, DockerImageBuildSettings? settings, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DockerCli.Run(context, new DockerCommand("image build"), settings ?? new(), [DockerCli.Quoted(path)]);
    }
}
