using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Gets the current branch. On a detached HEAD its friendly name is "(no branch)".
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The branch HEAD is on.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Branches")]
    public static GitBranch GitBranchCurrent(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(repositoryDirectoryPath, repository => new GitBranch(repository));

    /// <summary>
    /// Gets every branch, local and remote-tracking: <c>git branch -a</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The branches.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Branches")]
    public static ICollection<GitBranch> GitBranches(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => repository.Branches.Select(branch => new GitBranch(repository, branch)).ToList());

    /// <summary>
    /// Makes a branch at HEAD, and checks it out if asked: <c>git branch NAME</c> or <c>git checkout -b NAME</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="branchName">The new branch's name.</param>
    /// <param name="checkOut">Whether to check it out.</param>
    /// <returns>The new branch.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Branches")]
    public static GitBranch GitCreateBranch(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string branchName, bool checkOut)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(branchName);
        return context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var branch = repository.CreateBranch(branchName);
            if (checkOut)
            {
                Commands.Checkout(repository, branch);
            }

            return new GitBranch(repository, branch);
        });
    }
}
