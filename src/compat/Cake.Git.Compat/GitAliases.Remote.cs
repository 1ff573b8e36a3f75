using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Gets the repository's remotes: <c>git remote -v</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The remotes.</returns>
    /// <exception cref="RepositoryNotFoundException">The folder does not exist.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Remote")]
    public static IReadOnlyList<GitRemote> GitRemotes(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseExistingRepository(
            repositoryDirectoryPath,
            repository => repository.Network.Remotes.Select(remote => new GitRemote(remote.Name, remote.PushUrl, remote.Url)).ToList());

    /// <summary>
    /// Gets one remote by name.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="remoteName">The remote's name.</param>
    /// <returns>The remote, or null when the repository has none of that name.</returns>
    /// <exception cref="RepositoryNotFoundException">The folder does not exist.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Remote")]
    public static GitRemote GitRemote(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string remoteName) =>
        context.UseExistingRepository(
            repositoryDirectoryPath,
            repository => repository.Network.Remotes[remoteName] is { } remote ? new GitRemote(remote.Name, remote.PushUrl, remote.Url) : null);
}
