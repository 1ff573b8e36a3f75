using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Commits the index, with the same person as author and committer, dated now: <c>git commit</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="name">The author's and committer's name.</param>
    /// <param name="email">The author's and committer's email.</param>
    /// <param name="message">The commit message.</param>
    /// <returns>The new commit.</returns>
    /// <exception cref="EmptyCommitException">Nothing is staged.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Commit")]
    public static GitCommit GitCommit(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string name, string email, string message) =>
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var signature = new Signature(name, email, DateTimeOffset.Now);
            return new GitCommit(repository.Commit(message, signature, signature, new CommitOptions()));
        });
}
