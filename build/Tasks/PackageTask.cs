using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Releases;

namespace Qte.Build.Tasks;

[TaskName("Package")]
[TaskDescription("Makes the release: an immutable folder under .qte/releases/ with release.json (id, version, commit, SHA-256 of the content), zipped into artifacts/releases/.")]
[IsDependentOn(typeof(Stage2BTask))]
[IsDependentOn(typeof(PublishTask))]
public sealed class PackageTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var version = context.Ci.Version ?? throw new CakeException("Package: the Version task has not run.");
        var store = DeliveryServices.Releases(context);
        var release = store.Create(
            context.Paths.Publish.Combine("service").FullPath,
            version.InformationalVersion,
            context.Ci.Repository?.Sha ?? string.Empty,
            context.Time.GetUtcNow());
        var zip = ReleaseStore.Zip(release, context.Paths.ReleaseZips.FullPath);
        context.Delivered.Release = release;
        context.Log.Information("Release {0}: SHA-256 {1}; {2}", release.Id, release.Manifest.ContentSha256, zip);
    }
}
