namespace Qte.Pipeline.Versioning;

/// <summary>
/// What the build read from git to compute its version. <see cref="NearestTag"/> is the nearest tag naming a version,
/// with the commits since it; <see cref="IgnoredTags"/> are nearer tags that name none.
/// </summary>
public sealed record RepositoryFacts
{
    public static readonly RepositoryFacts NoRepository = new() { HasRepository = false };

    public bool HasRepository { get; init; } = true;

    public string Sha { get; init; } = string.Empty;

    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;

    /// <summary>The branch's name; null when HEAD is detached and CI did not name the branch.</summary>
    public string? Branch { get; init; }

    public bool Dirty { get; init; }

    public bool Shallow { get; init; }

    public VersionTagDistance? NearestTag { get; init; }

    /// <summary>Commits reachable from HEAD: the pre-release number when no tag names a version.</summary>
    public int CommitCount { get; init; }

    public IReadOnlyList<string> IgnoredTags { get; init; } = [];
}
