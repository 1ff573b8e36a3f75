using System.Globalization;
using System.Text;

namespace Qte.Delivery.Releases;

/// <summary>
/// A container image of a release: its repository, the tags it carries and its OCI labels, all read from the
/// release manifest, so that an image says which git version and commit it holds. The release id tag is the
/// immutable one deployments use; the version, short SHA and latest tags move with new builds.
/// </summary>
public sealed record ReleaseImage(string Repository, IReadOnlyList<string> Tags, IReadOnlyDictionary<string, string> Labels)
{
    public const string ServiceRepository = "qte/service";
    public const string RouterRepository = "qte/router";

    /// <summary>The reference deployments run: the repository at the release id.</summary>
    public string Reference => $"{Repository}:{Tags[0]}";

    public IEnumerable<string> References => Tags.Select(tag => $"{Repository}:{tag}");

    public static ReleaseImage Of(string repository, ReleaseManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var semVer = manifest.Version.Split('+')[0];
        List<string> tags = [TagOf(manifest.Id), TagOf(semVer)];
        if (manifest.Commit.Length >= 7)
        {
            tags.Add(manifest.Commit[..7]);
        }

        tags.Add("latest");
        var labels = new Dictionary<string, string>
        {
            ["org.opencontainers.image.version"] = manifest.Version,
            ["org.opencontainers.image.revision"] = manifest.Commit,
            ["org.opencontainers.image.created"] = manifest.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["qte.release"] = manifest.Id,
        };
        return new ReleaseImage(repository, [.. tags.Distinct(StringComparer.Ordinal)], labels);
    }

    /// <summary>
    /// A docker tag from any text: letters, digits, '_', '.' and '-' (others become '-'), at most 128 characters,
    /// not starting with '.' or '-'.
    /// </summary>
    public static string TagOf(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var tag = new StringBuilder(Math.Min(text.Length, 128));
        foreach (var c in text.Take(128))
        {
            tag.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' ? c : '-');
        }

        if (tag[0] is '.' or '-')
        {
            tag[0] = '_';
        }

        return tag.ToString();
    }
}
