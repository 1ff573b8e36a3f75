using Cake.Docker;
using Cake.Frosting;

namespace Corpus.Delivery;

[TaskName("Push-Image")]
[IsDependentOn(typeof(BuildImage))]
public sealed class PushImage : ReleaseTask
{
    public override void Run(DeliveryContext context)
    {
        context.DockerTag($"{context.Image}:{context.Version}", $"127.0.0.1:5000/{context.Image}:{context.Version}");
        context.DockerPush(new DockerImagePushSettings { DisableContentTrust = true }, $"127.0.0.1:5000/{context.Image}:{context.Version}");
    }
}
