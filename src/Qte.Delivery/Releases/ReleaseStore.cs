using System.IO.Compression;

namespace Qte.Delivery.Releases;

/// <summary>
/// Releases as immutable folders under .qte/releases/&lt;id&gt;/ (outside artifacts/, so that Clean never pulls a
/// running release away). A release's id is its version and the start of its content hash: the same content is
/// the same release, in every environment.
/// </summary>
public sealed class ReleaseStore(string root)
{
    public string Root { get; } = root;

    public Release Create(string publishDirectory, string version, string commit, DateTimeOffset created)
    {
        if (!File.Exists(Path.Combine(publishDirectory, "Qte.Service.dll")))
        {
            throw new DeliveryException($"Package: '{publishDirectory}' holds no Qte.Service.dll; publish the service first.");
        }

        var hash = ContentHash.Compute(publishDirectory);
        var id = $"{SafeVersion(version)}-{hash[..8]}";
        var directory = Path.Combine(Root, id);
        if (System.IO.Directory.Exists(directory))
        {
            return Open(id);
        }

        var staging = directory + $".{Environment.ProcessId}.staging";
        CopyDirectory(publishDirectory, staging);
        Json.WriteAtomically(Path.Combine(staging, ReleaseManifest.FileName), new ReleaseManifest(id, version, commit, created, hash));
        System.IO.Directory.Move(staging, directory);
        return new Release(directory, new ReleaseManifest(id, version, commit, created, hash));
    }

    /// <exception cref="DeliveryException">The release is missing, or its content no longer matches its hash.</exception>
    public Release Open(string id)
    {
        var directory = Path.Combine(Root, id);
        var manifestPath = Path.Combine(directory, ReleaseManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new DeliveryException($"Release '{id}' is not in {Root}: its folder or release.json is missing.");
        }

        var manifest = Json.Deserialize<ReleaseManifest>(File.ReadAllText(manifestPath), manifestPath);
        var actual = ContentHash.Compute(directory);
        if (actual != manifest.ContentSha256)
        {
            throw new DeliveryException(
                $"Release '{id}' was changed after it was made: its content's SHA-256 is {actual}, release.json says {manifest.ContentSha256}. It is refused; package it again.");
        }

        return new Release(directory, manifest);
    }

    public static string Zip(Release release, string artifactsDirectory)
    {
        ArgumentNullException.ThrowIfNull(release);
        Directory.CreateDirectory(artifactsDirectory);
        var zip = Path.Combine(artifactsDirectory, release.Id + ".zip");
        File.Delete(zip);
        ZipFile.CreateFromDirectory(release.Directory, zip, CompressionLevel.Fastest, includeBaseDirectory: false);
        return zip;
    }

    /// <summary>
    /// Deletes every release but those to keep (the ones environments run or may roll back to) and those made within
    /// <paramref name="grace"/>, which another pipeline may be about to deploy.
    /// </summary>
    public IReadOnlyList<string> Prune(IReadOnlySet<string> keep, TimeSpan grace = default)
    {
        if (!System.IO.Directory.Exists(Root))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var directory in System.IO.Directory.EnumerateDirectories(Root))
        {
            var id = Path.GetFileName(directory);
            if (!keep.Contains(id) && !id.Contains(".staging", StringComparison.Ordinal)
                && System.IO.Directory.GetCreationTimeUtc(directory) < DateTime.UtcNow - grace)
            {
                System.IO.Directory.Delete(directory, recursive: true);
                removed.Add(id);
            }
        }

        return removed;
    }

    private static string SafeVersion(string version) =>
        new(version.Split('+')[0].Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-').ToArray());

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
