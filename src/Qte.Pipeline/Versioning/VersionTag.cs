namespace Qte.Pipeline.Versioning;

/// <summary>
/// Reads a release tag: "v1.4.0" or "1.4.0", optionally with a pre-release label ("v2.0.0-rc.1").
/// </summary>
public static class VersionTag
{
    /// <returns>The tag's version, or null when the tag does not name one (e.g. "v1.x" or "nightly").</returns>
    public static SemanticVersion? Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var text = tag.StartsWith('v') || tag.StartsWith('V') ? tag[1..] : tag;
        return SemanticVersion.TryParse(text, out var version) && version.Metadata.Length == 0 ? version : null;
    }
}
