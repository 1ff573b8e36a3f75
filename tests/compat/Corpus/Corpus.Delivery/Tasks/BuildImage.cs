using Cake.Docker;
using Cake.Frosting;

namespace Corpus.Delivery;

[TaskName("Build-Image")]
[TaskDescription("Builds the image, tagged with the version.")]
public sealed class BuildImage : ReleaseTask
{
    public override void Run(DeliveryContext context) =>
        context.DockerBuild(
            new DockerImageBuildSettings
            {
                Tag = [$"{context.Image}:{context.Version}"],
                Label = [$"org.opencontainers.image.version={context.Version}"],
                Pull = false,
            },
            context.Repository);
}
