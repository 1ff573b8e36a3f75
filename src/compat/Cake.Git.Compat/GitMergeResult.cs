using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// What a pull did.
/// </summary>
public sealed class GitMergeResult
{
    internal GitMergeResult(MergeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Status = (GitMergeStatus)result.Status;

        // As Cake.Git: only a merge commit is reported; a fast-forward's target is not.
        Commit = Status == GitMergeStatus.NonFastForward && result.Commit is not null ? new GitCommit(result.Commit) : null;
    }

    /// <summary>Gets the merge commit, when one was made; otherwise null.</summary>
    public GitCommit Commit { get; }

    /// <summary>Gets how the merge ended.</summary>
    public GitMergeStatus Status { get; }
}
