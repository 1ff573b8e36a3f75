namespace Qte.Pipeline.Versioning;

/// <summary>
/// The run's version in every form the build stamps: <see cref="SemVer"/> (with build metadata, also the
/// InformationalVersion), <see cref="PackageVersion"/> (without it), and the numeric assembly and file versions.
/// </summary>
public sealed record BuildVersion(SemanticVersion SemVer, string FileVersion, string Source, IReadOnlyList<string> Warnings)
{
    public string InformationalVersion => SemVer.ToString();

    public string PackageVersion => SemVer.WithoutMetadata;

    /// <summary>MAJOR.MINOR.0.0, so that binding redirects are needed only across minor versions.</summary>
    public string AssemblyVersion => $"{SemVer.Major}.{SemVer.Minor}.0.0";

    public override string ToString() => InformationalVersion;
}
