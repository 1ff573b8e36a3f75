using Qte.Delivery.Releases;

namespace Qte.Build.Delivery;

/// <summary>The releases the Package task made: a task run alone (--exclusive) takes the newest.</summary>
public static class PackagedReleases
{
    /// <summary>The release of the newest zip under artifacts/releases/ (null when nothing was packaged).</summary>
    public static Release? Last(BuildContext context)
    {
        var zips = context.Paths.ReleaseZips.FullPath;
        var newest = Directory.Exists(zips)
            ? new DirectoryInfo(zips).EnumerateFiles("*.zip").OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()
            : null;
        return newest is null ? null : DeliveryServices.Releases(context).Open(Path.GetFileNameWithoutExtension(newest.Name));
    }
}
