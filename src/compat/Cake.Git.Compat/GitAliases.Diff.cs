using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Gets the files that differ between two commits' trees.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="sinceCommitId">The commit on the old side.</param>
    /// <param name="toCommitId">The commit on the new side.</param>
    /// <returns>The changed files.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Diff")]
    public static ICollection<GitDiffFile> GitDiff(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string sinceCommitId, string toCommitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sinceCommitId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toCommitId);
        return context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var since = repository.Lookup<Commit>(sinceCommitId) ?? throw new NotFoundException($"No commit '{sinceCommitId}' in the repository.");
            var to = repository.Lookup<Commit>(toCommitId) ?? throw new NotFoundException($"No commit '{toCommitId}' in the repository.");
            return repository.Diff.Compare<TreeChanges>(since.Tree, to.Tree).Select(change => new GitDiffFile(change)).ToList();
        });
    }
}
