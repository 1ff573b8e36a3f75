using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Checks out a branch or commit, or, when files are given, only those files from it. Local changes are
    /// overwritten, as <c>git checkout -f</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="committishOrBranchSpec">A branch name, tag or commit-ish.</param>
    /// <param name="filePaths">The files to check out; none for the whole tree (and HEAD moves).</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Checkout")]
    public static void GitCheckout(
        this ICakeContext context,
        DirectoryPath repositoryDirectoryPath,
        string committishOrBranchSpec,
        params FilePath[] filePaths)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(committishOrBranchSpec);
        ArgumentNullException.ThrowIfNull(filePaths);
        var options = new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force };
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            if (filePaths.Length > 0)
            {
                repository.CheckoutPaths(committishOrBranchSpec, filePaths.RelativeTo(context, repositoryDirectoryPath), options);
            }
            else
            {
                Commands.Checkout(repository, committishOrBranchSpec, options);
            }
        });
    }

    /// <summary>
    /// Restores files from HEAD, dropping their local changes: <c>git checkout HEAD -- paths</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="filePaths">The files; none for the whole tree.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Checkout")]
    public static void GitCheckout(this ICakeContext context, DirectoryPath repositoryDirectoryPath, params FilePath[] filePaths) =>
        context.GitCheckout(repositoryDirectoryPath, "HEAD", filePaths);

    /// <summary>
    /// Deletes the untracked files of the working folder: <c>git clean -f</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Clean")]
    public static void GitClean(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.RemoveUntrackedFiles());

    /// <summary>
    /// Resets HEAD (and, by mode, the index and working folder) to HEAD: <c>git reset --mode</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="mode">What to reset besides HEAD.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Reset")]
    public static void GitReset(this ICakeContext context, DirectoryPath repositoryDirectoryPath, GitResetMode mode) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.Reset((ResetMode)mode));

    /// <summary>
    /// Moves HEAD's branch to a commit, resetting the index and working folder by mode: <c>git reset --mode commit</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="mode">What to reset besides HEAD.</param>
    /// <param name="commitId">The commit's sha (or a unique prefix).</param>
    /// <exception cref="NotFoundException">No commit has that id.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Reset")]
    public static void GitReset(this ICakeContext context, DirectoryPath repositoryDirectoryPath, GitResetMode mode, string commitId) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.Reset((ResetMode)mode, repository.FindCommit(commitId)));
}
