using System.Globalization;
using System.Text.RegularExpressions;

namespace Qte.Pipeline.Versioning;

/// <summary>
/// A SemVer 2.0 version: MAJOR.MINOR.PATCH, an optional pre-release label and optional build metadata.
/// </summary>
public sealed partial record SemanticVersion(int Major, int Minor, int Patch, string PreRelease = "", string Metadata = "")
{
    public bool IsPreRelease => PreRelease.Length > 0;

    /// <summary>The version without build metadata, e.g. "1.4.1-alpha.3": what NuGet and the Version property take.</summary>
    public string WithoutMetadata =>
        $"{Major}.{Minor}.{Patch}" + (IsPreRelease ? "-" + PreRelease : string.Empty);

    public static bool TryParse(string? text, out SemanticVersion version)
    {
        version = null!;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success
            || !int.TryParse(match.Groups["major"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups["minor"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups["patch"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, match.Groups["pre"].Value, match.Groups["meta"].Value);
        return true;
    }

    public override string ToString() => WithoutMetadata + (Metadata.Length > 0 ? "+" + Metadata : string.Empty);

    // semver.org's grammar: numbers without leading zeros, dot-separated alphanumeric identifiers.
    [GeneratedRegex(
        @"^(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)" +
        @"(?:-(?<pre>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?" +
        @"(?:\+(?<meta>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
