using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Gets the commit HEAD points to.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The last commit.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Log")]
    public static GitCommit GitLogTip(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(repositoryDirectoryPath, repository => new GitCommit(repository.Head.Tip));

    /// <summary>
    /// Gets the last commits reachable from HEAD, newest first.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="count">How many commits to read at most.</param>
    /// <returns>The commits.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Log")]
    public static ICollection<GitCommit> GitLog(this ICakeContext context, DirectoryPath repositoryDirectoryPath, int count) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => repository.Commits.Take(count).Select(commit => new GitCommit(commit)).ToList());

    /// <summary>
    /// Gets the commits reachable from HEAD back to a commit, that commit included, newest first.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="sinceCommitId">The oldest commit to include.</param>
    /// <returns>The commits.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Log")]
    public static ICollection<GitCommit> GitLog(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string sinceCommitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sinceCommitId);
        return context.UseRepository(
            repositoryDirectoryPath,
            repository => CommitsFromHead(repository, repository.FindCommit(sinceCommitId).Parents.ToList()));
    }

    /// <summary>
    /// Gets the commits reachable from HEAD that a tag does not reach: <c>git log TAG..HEAD</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="sinceTag">The tag's name.</param>
    /// <returns>The commits, newest first.</returns>
    /// <exception cref="NotFoundException">There is no such tag.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Log")]
    public static ICollection<GitCommit> GitLogTag(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string sinceTag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sinceTag);
        return context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var tag = repository.Tags[sinceTag] ?? throw new NotFoundException($"No tag '{sinceTag}' in the repository.");
            return CommitsFromHead(repository, tag.PeeledTarget);
        });
    }

    /// <summary>
    /// Gets one commit by its id.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="commitId">The commit's sha, a unique prefix of it, or any commit-ish.</param>
    /// <returns>The commit.</returns>
    /// <exception cref="NotFoundException">No commit has that id.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Log")]
    public static GitCommit GitLogLookup(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string commitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commitId);
        return context.UseRepository(repositoryDirectoryPath, repository => new GitCommit(repository.FindCommit(commitId)));
    }

    /// <summary>
    /// Gets the shortest unique abbreviation of a commit's sha: <c>git rev-parse --short</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="commit">The commit.</param>
    /// <param name="minimalLength">The least number of hex digits; null for git's default (7).</param>
    /// <returns>The abbreviated sha.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Log")]
    public static string GitShortenSha(this ICakeContext context, DirectoryPath repositoryDirectoryPath, GitCommit commit, int? minimalLength = null)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var target = repository.FindCommit(commit.Sha);
            return minimalLength is { } length
                ? repository.ObjectDatabase.ShortenObjectId(target, length)
                : repository.ObjectDatabase.ShortenObjectId(target);
        });
    }

    private static List<GitCommit> CommitsFromHead(Repository repository, object excluded) =>
        repository.Commits
            .QueryBy(new CommitFilter { IncludeReachableFrom = repository.Head, ExcludeReachableFrom = excluded })
            .Select(commit => new GitCommit(commit))
            .ToList();
}
