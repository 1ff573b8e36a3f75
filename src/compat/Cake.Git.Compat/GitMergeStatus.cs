using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// How a pull's merge ended. The values are LibGit2Sharp's <see cref="MergeStatus"/>.
/// </summary>
public enum GitMergeStatus
{
    /// <summary>Nothing to merge: the branch already had the fetched commits.</summary>
    UpToDate = MergeStatus.UpToDate,

    /// <summary>The branch moved forward to the fetched commit.</summary>
    FastForward = MergeStatus.FastForward,

    /// <summary>A merge commit was made.</summary>
    NonFastForward = MergeStatus.NonFastForward,

    /// <summary>The merge stopped on conflicts.</summary>
    Conflicts = MergeStatus.Conflicts,
}
