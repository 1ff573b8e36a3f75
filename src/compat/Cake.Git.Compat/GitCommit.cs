using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// A commit, read out of the repository so that it outlives the alias call.
/// </summary>
public sealed class GitCommit
{
    /// <summary>The sha of git's empty tree, which Cake.Git uses as the root of a repository without commits.</summary>
    public const string RootCommit = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    internal GitCommit(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        Sha = commit.Sha;
        Author = new GitSignature(commit.Author.Email, commit.Author.Name, commit.Author.When);
        Committer = new GitSignature(commit.Committer.Email, commit.Committer.Name, commit.Committer.When);
        Message = commit.Message;
        MessageShort = commit.MessageShort;
    }

    /// <summary>Gets the full sha.</summary>
    public string Sha { get; }

    /// <summary>Gets the author.</summary>
    public GitSignature Author { get; }

    /// <summary>Gets the committer.</summary>
    public GitSignature Committer { get; }

    /// <summary>Gets the whole message.</summary>
    public string Message { get; }

    /// <summary>Gets the message's first line.</summary>
    public string MessageShort { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Sha: {Sha}, Author: {{{Author}}}, Committer: {{{Committer}}}, Message: {Message}, MessageShort: {MessageShort}";
}
