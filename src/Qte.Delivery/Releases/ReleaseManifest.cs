namespace Qte.Delivery.Releases;

/// <summary>release.json: what a release is, and the SHA-256 of its content that proves it unchanged.</summary>
public sealed record ReleaseManifest(string Id, string Version, string Commit, DateTimeOffset Created, string ContentSha256)
{
    public const string FileName = "release.json";
}
