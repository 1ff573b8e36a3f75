using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Fetches from a remote with its configured refspecs: <c>git fetch REMOTE</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="remoteName">The remote. Default: origin.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Fetch")]
    public static void GitFetch(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string remoteName = "origin") =>
        context.GitFetch(repositoryDirectoryPath, new GitFetchSettings { Remote = remoteName });

    /// <summary>
    /// Fetches from a remote, every tag included: <c>git fetch --tags REMOTE</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="remoteName">The remote. Default: origin.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Fetch")]
    public static void GitFetchTags(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string remoteName = "origin") =>
        context.GitFetch(repositoryDirectoryPath, new GitFetchSettings { Remote = remoteName, TagFetchMode = TagFetchMode.All });

    /// <summary>
    /// Fetches with settings: which remote, which of its refspecs, which tags, whether to prune.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="fetchSettings">What to fetch.</param>
    /// <exception cref="NotFoundException">The repository has no such remote.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Fetch")]
    public static void GitFetch(this ICakeContext context, DirectoryPath repositoryDirectoryPath, GitFetchSettings fetchSettings)
    {
        ArgumentNullException.ThrowIfNull(fetchSettings);
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var remote = repository.FindRemote(fetchSettings.Remote);
            var refSpecs = remote.FetchRefSpecs.Where(fetchSettings.RefSpecFilter).Select(spec => spec.Specification);
            var options = new FetchOptions { TagFetchMode = fetchSettings.TagFetchMode, Prune = fetchSettings.Prune };
            Commands.Fetch(repository, remote.Name, refSpecs, options, string.Empty);
        });
    }

    /// <summary>
    /// Fetches the current branch's upstream and merges it: <c>git pull</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="mergerName">The name on a merge commit.</param>
    /// <param name="mergerEmail">The email on a merge commit.</param>
    /// <returns>How the merge ended.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Pull")]
    public static GitMergeResult GitPull(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string mergerName, string mergerEmail) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => new GitMergeResult(
                Commands.Pull(repository, new Signature(mergerName, mergerEmail, DateTimeOffset.Now), new PullOptions())));

    /// <summary>
    /// Fetches a remote that asks for a user name and password, and merges what it fetched for the current branch.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="mergerName">The name on a merge commit.</param>
    /// <param name="mergerEmail">The email on a merge commit.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password or token.</param>
    /// <param name="remoteName">The remote.</param>
    /// <returns>How the merge ended.</returns>
    /// <exception cref="NotFoundException">The repository has no such remote.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Pull")]
    public static GitMergeResult GitPull(
        this ICakeContext context,
        DirectoryPath repositoryDirectoryPath,
        string mergerName,
        string mergerEmail,
        string username,
        string password,
        string remoteName) =>
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var remote = repository.FindRemote(remoteName);
            var options = new FetchOptions { CredentialsProvider = RepositoryAccess.Credentials(username, password) };
            Commands.Fetch(repository, remote.Name, [], options, null);
            var merger = new Signature(mergerName, mergerEmail, DateTimeOffset.Now);
            return new GitMergeResult(repository.MergeFetchedRefs(merger, new MergeOptions()));
        });
}
