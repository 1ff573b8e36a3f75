using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

// Images: build, tag, push, pull.
public static partial class DockerAliases
{
    /// <summary>Builds an image from the build context at <paramref name="path"/> with default settings.</summary>
    [CakeMethodAlias]
    public static void DockerBuild(this ICakeContext context, string path) =>
        DockerBuild(context, new DockerImageBuildSettings(), path);

    /// <summary>Builds an image from the build context at <paramref name="path"/> (<c>docker image build</c>).</summary>
    [CakeMethodAlias]
    public static void DockerBuild(this ICakeContext context, DockerImageBuildSettings? settings, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Runner<DockerImageBuildSettings>(context).Run("image build", settings ?? new DockerImageBuildSettings(), path);
    }

    /// <summary>Gives the image <paramref name="imageReference"/> a further reference, <paramref name="registryReference"/>.</summary>
    [CakeMethodAlias]
    public static void DockerTag(this ICakeContext context, string imageReference, string registryReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        ArgumentException.ThrowIfNullOrEmpty(registryReference);
        Runner<DockerImageTagSettings>(context).Run("tag", new DockerImageTagSettings(), imageReference, registryReference);
    }

    /// <summary>Pushes an image to its registry with default settings.</summary>
    [CakeMethodAlias]
    public static void DockerPush(this ICakeContext context, string imageReference) =>
        DockerPush(context, new DockerImagePushSettings(), imageReference);

    /// <summary>Pushes an image to its registry.</summary>
    [CakeMethodAlias]
    public static void DockerPush(this ICakeContext context, DockerImagePushSettings? settings, string imageReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        Runner<DockerImagePushSettings>(context).Run("push", settings ?? new DockerImagePushSettings(), imageReference);
    }

    /// <summary>Pulls an image from its registry with default settings.</summary>
    [CakeMethodAlias]
    public static void DockerPull(this ICakeContext context, string imageReference) =>
        DockerPull(context, new DockerImagePullSettings(), imageReference);

    /// <summary>Pulls an image from its registry.</summary>
    [CakeMethodAlias]
    public static void DockerPull(this ICakeContext context, DockerImagePullSettings? settings, string imageReference)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        Runner<DockerImagePullSettings>(context).Run("pull", settings ?? new DockerImagePullSettings(), imageReference);
    }

    private static GenericDockerRunner<TSettings> Runner<TSettings>(ICakeContext context)
        where TSettings : AutoToolSettings
    {
        ArgumentNullException.ThrowIfNull(context);
        return new GenericDockerRunner<TSettings>(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
    }
}
