using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Tells whether a folder is a git repository's working folder (or its .git folder).
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="path">The folder.</param>
    /// <returns>True when the folder is a valid repository.</returns>
    /// <exception cref="RepositoryNotFoundException">The folder does not exist.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Repository")]
    public static bool GitIsValidRepository(this ICakeContext context, DirectoryPath path)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        if (!context.FileSystem.Exist(path))
        {
            throw new RepositoryNotFoundException($"Path '{path}' doesn't exists.");
        }

        return Repository.IsValid(path.MakeAbsolute(context.Environment).FullPath);
    }

    /// <summary>
    /// Tells whether the working tree or the index differs from HEAD (untracked files count).
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="path">Path to the repository's working folder.</param>
    /// <returns>True when there are uncommitted changes.</returns>
    /// <exception cref="RepositoryNotFoundException">The folder does not exist.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Repository")]
    public static bool GitHasUncommitedChanges(this ICakeContext context, DirectoryPath path) =>
        context.UseExistingRepository(path, repository => repository.RetrieveStatus().IsDirty);

    /// <summary>
    /// Tells whether the index holds changes not yet committed: files added, modified, removed or renamed in it.
    /// Cake.Git counts only files modified in the index (LibGit2Sharp's Staged), so a newly added file does not count there.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="path">Path to the repository's working folder.</param>
    /// <returns>True when something is staged.</returns>
    /// <exception cref="RepositoryNotFoundException">The folder does not exist.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Repository")]
    public static bool GitHasStagedChanges(this ICakeContext context, DirectoryPath path) =>
        context.UseExistingRepository(path, repository =>
        {
            var status = repository.RetrieveStatus();
            return status.Added.Any() || status.Staged.Any() || status.Removed.Any() || status.RenamedInIndex.Any();
        });

    /// <summary>
    /// Tells whether the working folder holds files git does not track (ignored files do not count).
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="path">Path to the repository's working folder.</param>
    /// <returns>True when there are untracked files.</returns>
    /// <exception cref="RepositoryNotFoundException">The folder does not exist.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Repository")]
    public static bool GitHasUntrackedFiles(this ICakeContext context, DirectoryPath path) =>
        context.UseExistingRepository(path, repository => repository.RetrieveStatus().Untracked.Any());

    /// <summary>
    /// Finds the working folder of the repository that holds a path.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="path">A folder inside the repository.</param>
    /// <returns>The repository's working folder.</returns>
    /// <exception cref="RepositoryNotFoundException">No repository holds the path.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Repository")]
    public static DirectoryPath GitFindRootFromPath(this ICakeContext context, DirectoryPath path)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        var start = path.MakeAbsolute(context.Environment).FullPath;
        var gitFolder = Repository.Discover(start)
            ?? throw new RepositoryNotFoundException($"Path '{start}' isn't in a git repository.");
        using var repository = new Repository(gitFolder);
        return new DirectoryPath(repository.Info.WorkingDirectory ?? repository.Info.Path);
    }
}
