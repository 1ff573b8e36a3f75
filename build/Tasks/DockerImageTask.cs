using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Build.Docker;
using Qte.Delivery.Releases;

namespace Qte.Build.Tasks;

[TaskName("DockerImage")]
[TaskDescription("Builds the service image from the release folder and the router image from its publish output (base: --docker-base-image, else qte/aspnet-base:10.0 when build/docker/make-base-image.sh made it, else mcr.microsoft.com/dotnet/aspnet:10.0); tags: release id, version, short SHA, latest; OCI labels version, revision, created. Writes artifacts/docker/images.json.")]
[IsDependentOn(typeof(PackageTask))]
public sealed class DockerImageTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        // Run alone (--exclusive), the task takes the release the last Package task made.
        var release = context.Delivered.Release ?? PackagedReleases.Last(context)
            ?? throw new CakeException("DockerImage: no release was packaged; run DockerImage with its dependencies, or Package first.");
        var router = context.Paths.Publish.Combine("router").FullPath;
        if (!File.Exists(Path.Combine(router, "Qte.Router.dll")))
        {
            throw new CakeException($"DockerImage: {router} holds no published router; run the Publish task first.");
        }

        context.Delivered.Images.Add(ReleaseImages.Build(context, ReleaseImage.Of(ReleaseImage.ServiceRepository, release.Manifest), "src/Qte.Service/Dockerfile", release.Directory));
        context.Delivered.Images.Add(ReleaseImages.Build(context, ReleaseImage.Of(ReleaseImage.RouterRepository, release.Manifest), "src/Qte.Router/Dockerfile", router));
        var file = BuiltImagesFile.Write(context, context.Delivered.Images);
        context.Log.Information("Images of release {0} ({1}): {2}", release.Id, release.Manifest.Version, file);
    }
}
