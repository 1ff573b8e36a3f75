namespace Qte.Pipeline.Versioning;

/// <summary>
/// Computes the version from git: on a clean release tag its version ("1.4.0"); past it the next patch as a
/// pre-release counting the commits, with the short sha as metadata ("1.4.1-alpha.3+abc1234").
/// </summary>
public static class VersionCalculator
{
    public const string PreReleaseLabel = "alpha";

    public static readonly SemanticVersion NoRepositoryVersion = new(0, 0, 0, "local");

    public static readonly SemanticVersion UntaggedBase = new(0, 1, 0);

    public static BuildVersion Compute(RepositoryFacts facts, SemanticVersion? versionOverride, string repositoryPath)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (versionOverride is not null)
        {
            return new BuildVersion(versionOverride, NumericFileVersion(versionOverride, 0), "--version-override", []);
        }

        if (!facts.HasRepository)
        {
            return new BuildVersion(
                NoRepositoryVersion,
                NumericFileVersion(NoRepositoryVersion, 0),
                "no git repository",
                [$"'{repositoryPath}' is not in a git repository: the version is {NoRepositoryVersion}. Clone the repository, or pass --version-override."]);
        }

        var warnings = new List<string>();
        warnings.AddRange(facts.IgnoredTags.Select(tag =>
            $"git tag '{tag}' does not name a version (vX.Y.Z or X.Y.Z) and was passed over."));
        if (facts.Shallow)
        {
            warnings.Add(
                "The clone is shallow: the nearest tag and the commit count may be missing from it, and so from the version. " +
                "Fetch the whole history (actions/checkout with fetch-depth: 0).");
        }

        var metadata = facts.ShortSha + (facts.Dirty ? ".dirty" : string.Empty);
        if (facts.NearestTag is not { } tag)
        {
            var untagged = UntaggedBase with { PreRelease = $"{PreReleaseLabel}.{facts.CommitCount}", Metadata = metadata };
            return new BuildVersion(untagged, NumericFileVersion(untagged, facts.CommitCount), "no version tag", warnings);
        }

        if (tag.CommitsSince == 0 && !facts.Dirty)
        {
            return new BuildVersion(tag.Version, NumericFileVersion(tag.Version, 0), $"tag {tag.Tag}", warnings);
        }

        // Past a release the next patch is being made; past a pre-release tag, the same pre-release continues.
        var next = tag.Version.IsPreRelease
            ? tag.Version with { PreRelease = $"{tag.Version.PreRelease}.{tag.CommitsSince}", Metadata = metadata }
            : new SemanticVersion(tag.Version.Major, tag.Version.Minor, tag.Version.Patch + 1, $"{PreReleaseLabel}.{tag.CommitsSince}", metadata);
        return new BuildVersion(next, NumericFileVersion(next, tag.CommitsSince), $"{tag.CommitsSince} commits past tag {tag.Tag}", warnings);
    }

    private static string NumericFileVersion(SemanticVersion version, int revision) =>
        $"{version.Major}.{version.Minor}.{version.Patch}.{Math.Min(revision, ushort.MaxValue - 1)}";
}
