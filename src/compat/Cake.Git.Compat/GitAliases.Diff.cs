using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Gets every file of the current commit, each as added against the empty tree.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The files.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Diff")]
    public static ICollection<GitDiffFile> GitDiff(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.GitDiff(repositoryDirectoryPath, Cake.Git.GitCommit.RootCommit, null);

    /// <summary>
    /// Gets the files a commit changed against each of its parents.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="sinceCommitId">The commit; <see cref="Cake.Git.GitCommit.RootCommit"/> for every file of the current commit.</param>
    /// <returns>The changed files.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Diff")]
    public static ICollection<GitDiffFile> GitDiff(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string sinceCommitId) =>
        context.GitDiff(repositoryDirectoryPath, sinceCommitId, null);

    /// <summary>
    /// Gets the files that differ between two commits' trees; with no <paramref name="toCommitId"/>, the files
    /// <paramref name="sinceCommitId"/> changed against each of its parents, as Cake.Git does.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="sinceCommitId">The commit on the old side; <see cref="Cake.Git.GitCommit.RootCommit"/> for the empty tree.</param>
    /// <param name="toCommitId">The commit on the new side, or null.</param>
    /// <returns>The changed files.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Diff")]
    public static ICollection<GitDiffFile> GitDiff(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string sinceCommitId, string toCommitId)
    {
        if (string.IsNullOrWhiteSpace(sinceCommitId))
        {
            throw new ArgumentNullException(nameof(sinceCommitId));
        }

        return context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var empty = repository.ObjectDatabase.CreateTree(new TreeDefinition());
            var since = sinceCommitId == Cake.Git.GitCommit.RootCommit ? null : repository.FindCommit(sinceCommitId);
            if (!string.IsNullOrWhiteSpace(toCommitId))
            {
                return Compare(repository, since?.Tree ?? empty, repository.FindCommit(toCommitId).Tree);
            }

            if (since is null)
            {
                // Every file of the current commit, once (Cake.Git also adds the tip's own changes again).
                return repository.Head.Tip is { } tip ? Compare(repository, empty, tip.Tree) : [];
            }

            var parents = since.Parents.Select(parent => parent.Tree).DefaultIfEmpty(empty);
            return parents.SelectMany(parent => Compare(repository, parent, since.Tree)).ToList();
        });
    }

    private static List<GitDiffFile> Compare(Repository repository, Tree oldTree, Tree newTree) =>
        repository.Diff.Compare<TreeChanges>(oldTree, newTree).Select(change => new GitDiffFile(change)).ToList();
}
