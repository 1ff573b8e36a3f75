using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// A branch, read out of the repository so that it outlives the alias call.
/// </summary>
public sealed class GitBranch
{
    /// <summary>Reads the branch HEAD is on.</summary>
    /// <param name="repository">The open repository.</param>
    public GitBranch(Repository repository)
        : this(repository, repository?.Head)
    {
    }

    internal GitBranch(Repository repository, Branch branch)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(branch);
        CanonicalName = branch.CanonicalName;
        FriendlyName = branch.FriendlyName;

        // Cake.Git throws on an unborn branch (no commit yet); the branch is read with no tip instead.
        Tip = branch.Tip is null ? null : new GitCommit(branch.Tip);
        IsRemote = branch.IsRemote;
        RemoteName = branch.RemoteName;
        Remotes = repository.Network.Remotes.Select(remote => new GitRemote(remote.Name, remote.PushUrl, remote.Url)).ToList();
    }

    /// <summary>Gets the full name, e.g. refs/heads/main.</summary>
    public string CanonicalName { get; }

    /// <summary>Gets the short name, e.g. main; "(no branch)" on a detached HEAD.</summary>
    public string FriendlyName { get; }

    /// <summary>Gets the commit the branch points to; null on an unborn branch.</summary>
    public GitCommit Tip { get; }

    /// <summary>Gets whether the branch is a remote-tracking branch.</summary>
    public bool IsRemote { get; }

    /// <summary>Gets the remote's name for a remote-tracking branch.</summary>
    public string RemoteName { get; }

    /// <summary>Gets or sets the repository's remotes.</summary>
    public List<GitRemote> Remotes { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Canonical name: {CanonicalName}, Friendly name: {FriendlyName}, Tip: ({Tip}), IsRemote: ({IsRemote}), RemoteName: ({RemoteName}), Remotes: [{string.Join(", ", Remotes)}]";
}
