using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Docker;
using Cake.Frosting;
using Qte.Build.Docker;

namespace Qte.Build.Tasks;

[TaskName("DockerPush")]
[TaskDescription("Pushes the images DockerImage built (alone: those in artifacts/docker/images.json), every tag, to --docker-registry (host[:port][/path], e.g. 127.0.0.1:5000).")]
[IsDependentOn(typeof(DockerImageTask))]
public sealed class DockerPushTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var registry = context.Docker.Registry
            ?? throw new CakeException("--docker-registry: required by DockerPush: the registry to push to, host[:port][/path], e.g. --docker-registry=127.0.0.1:5000.");
        // Run alone (--exclusive), the task pushes what the last DockerImage task built.
        var images = context.Delivered.Images.Count > 0 ? context.Delivered.Images : BuiltImagesFile.Read(context);
        if (images.Count == 0)
        {
            throw new CakeException("DockerPush: no images were built; run DockerPush with its dependencies, or DockerImage first.");
        }

        foreach (var image in images)
        {
            foreach (var tag in image.Tags)
            {
                var remote = $"{registry}/{image.Repository}:{tag}";
                context.DockerTag($"{image.Repository}:{tag}", remote);
                context.DockerPush(new DockerImagePushSettings(), remote);
            }

            context.Log.Information("Pushed {0} to {1}: {2}", image.Repository, registry, string.Join(", ", image.Tags));
        }
    }
}
