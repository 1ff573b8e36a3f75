using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Stages files: <c>git add</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="filePaths">The files, absolute or relative to the build's working directory.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Add")]
    public static void GitAdd(this ICakeContext context, DirectoryPath repositoryDirectoryPath, params FilePath[] filePaths) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => Commands.Stage(repository, filePaths.RelativeTo(context, repositoryDirectoryPath)));

    /// <summary>
    /// Stages every change of the working folder, untracked files included: <c>git add -A</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Add")]
    public static void GitAddAll(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(repositoryDirectoryPath, repository => Commands.Stage(repository, "*"));

    /// <summary>
    /// Takes files out of the index, leaving the working folder as it is: <c>git reset -- paths</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="filePaths">The files, absolute or relative to the build's working directory.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Unstage")]
    public static void GitUnstage(this ICakeContext context, DirectoryPath repositoryDirectoryPath, params FilePath[] filePaths) =>
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            Commands.Unstage(repository, filePaths.RelativeTo(context, repositoryDirectoryPath));
            repository.Index.Write();
        });

    /// <summary>
    /// Takes every staged change out of the index: <c>git reset</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Unstage")]
    public static void GitUnstageAll(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            Commands.Unstage(repository, "*");
            repository.Index.Write();
        });

    /// <summary>
    /// Removes files from the index, and from the working folder if asked: <c>git rm</c> (or <c>git rm --cached</c>).
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="removeFromWorkingDirectory">Whether to delete the files too.</param>
    /// <param name="filePaths">The files, absolute or relative to the build's working directory.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Remove")]
    public static void GitRemove(
        this ICakeContext context,
        DirectoryPath repositoryDirectoryPath,
        bool removeFromWorkingDirectory,
        params FilePath[] filePaths) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => Commands.Remove(
                repository,
                filePaths.RelativeTo(context, repositoryDirectoryPath),
                removeFromWorkingDirectory,
                new ExplicitPathsOptions()));
}
