using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;

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
}
