using System.Diagnostics;
using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Docker;
using Qte.Delivery.Releases;

namespace Qte.Build.Docker;

/// <summary>
/// Builds the images of a release with the Cake.Docker aliases: the service from the release folder itself (what
/// runs is what was verified), the router from its publish output, each tagged and labelled from the manifest.
/// </summary>
public static class ReleaseImages
{
    /// <summary>What build/docker/make-base-image.sh makes; used when no --docker-base-image is given and it exists.</summary>
    public const string LocalBaseImage = "qte/aspnet-base:10.0";

    /// <summary>The service image of a release for a deployment: built when the engine does not have it yet.</summary>
    public static string Ensure(BuildContext context, Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var image = ReleaseImage.Of(ReleaseImage.ServiceRepository, release.Manifest);
        if (!Exists(context, image.Reference))
        {
            Build(context, image, "src/Qte.Service/Dockerfile", release.Directory);
        }

        return image.Reference;
    }

    /// <summary>
    /// The service image of a release where every node of a swarm pulls it: built when missing, tagged for the
    /// registry and pushed (once per run: a push of layers the registry has is a no-op, but still a round trip).
    /// </summary>
    public static string EnsureInRegistry(BuildContext context, Release release, string registry)
    {
        var remote = $"{registry}/{Ensure(context, release)}";
        lock (Pushed)
        {
            if (Pushed.Add(remote))
            {
                context.DockerTag(remote[(registry.Length + 1)..], remote);
                context.DockerPush(new DockerImagePushSettings(), remote);
                context.Log.Information("  Pushed {0} for the swarm's nodes", remote);
            }
        }

        return remote;
    }

    private static readonly HashSet<string> Pushed = new(StringComparer.Ordinal);

    /// <summary>Builds <paramref name="image"/> from <paramref name="folder"/> (the build context) and reports its size and time.</summary>
    public static BuiltImage Build(BuildContext context, ReleaseImage image, string dockerfile, string folder)
    {
        ArgumentNullException.ThrowIfNull(image);
        var baseImage = BaseImage(context);
        var clock = Stopwatch.StartNew();
        context.DockerBuild(
            new DockerImageBuildSettings
            {
                File = context.Paths.Root.CombineWithFilePath(dockerfile).FullPath,
                Tag = [.. image.References],
                Label = [.. image.Labels.Select(label => $"{label.Key}={label.Value}")],
                BuildArg = baseImage is null ? [] : [$"BASE_IMAGE={baseImage}"],
                Quiet = true,
            },
            folder);
        var seconds = clock.Elapsed.TotalSeconds;
        var facts = context.DockerCustomCommand($"image inspect --format {{{{.Id}}}}/{{{{.Size}}}} {image.Reference}").First().Split('/');
        var built = new BuiltImage(image.Repository, image.Tags, facts[0], long.Parse(facts[1], CultureInfo.InvariantCulture), seconds, baseImage ?? "the Dockerfile's default", image.Labels);
        context.Log.Information(
            "  Image {0}: {1:0.0} MB, built in {2:0.0} s on {3}; tags {4}",
            image.Reference, built.SizeBytes / 1_000_000.0, seconds, built.BaseImage, string.Join(", ", image.Tags));
        return built;
    }

    private static bool Exists(ICakeContext context, string reference)
    {
        try
        {
            return context.DockerCustomCommand($"image inspect --format {{{{.Id}}}} {reference}").Any();
        }
        catch (CakeException)
        {
            return false;
        }
    }

    // --docker-base-image, else the local base when make-base-image.sh made one, else the Dockerfile's default.
    private static string? BaseImage(BuildContext context) =>
        context.Docker.BaseImage ?? (Exists(context, LocalBaseImage) ? LocalBaseImage : null);
}
