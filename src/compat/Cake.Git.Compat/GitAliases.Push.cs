using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Pushes every local branch to its upstream: <c>git push</c> for each tracked branch.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Push")]
    public static void GitPush(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.Network.Push(TrackedBranches(repository)));

    /// <summary>
    /// Pushes every local branch to its upstream, on a remote that asks for a user name and password.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password or token.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Push")]
    public static void GitPush(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string username, string password) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => repository.Network.Push(TrackedBranches(repository), PushOptions(username, password)));

    /// <summary>
    /// Pushes one branch to its upstream, on a remote that asks for a user name and password.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password or token.</param>
    /// <param name="branchName">The local branch.</param>
    /// <exception cref="NotFoundException">There is no such branch.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Push")]
    public static void GitPush(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string username, string password, string branchName) =>
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var branch = repository.Branches[branchName] ?? throw new NotFoundException($"Failed to find branch {branchName}");
            repository.Network.Push(branch, PushOptions(username, password));
        });

    /// <summary>
    /// Pushes a tag, or any refspec, to a remote: <c>git push REMOTE REFSPEC</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="remote">The remote's name.</param>
    /// <param name="pushRefSpec">A tag's name, or a refspec such as refs/heads/main:refs/heads/main.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Push")]
    public static void GitPushRef(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string remote, string pushRefSpec) =>
        PushRef(context, repositoryDirectoryPath, remote, pushRefSpec, new PushOptions());

    /// <summary>
    /// Pushes a tag, or any refspec, to a remote that asks for a user name and password.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password or token.</param>
    /// <param name="remote">The remote's name.</param>
    /// <param name="pushRefSpec">A tag's name, or a refspec such as refs/heads/main:refs/heads/main.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Push")]
    public static void GitPushRef(
        this ICakeContext context,
        DirectoryPath repositoryDirectoryPath,
        string username,
        string password,
        string remote,
        string pushRefSpec) =>
        PushRef(context, repositoryDirectoryPath, remote, pushRefSpec, PushOptions(username, password));

    // Cake.Git pushes every branch, and libgit2 refuses a branch without an upstream; only tracked ones are pushed.
    private static List<Branch> TrackedBranches(Repository repository) =>
        repository.Branches.Where(branch => !branch.IsRemote && branch.IsTracking).ToList();

    private static PushOptions PushOptions(string username, string password) =>
        new() { CredentialsProvider = RepositoryAccess.Credentials(username, password) };

    // Cake.Git takes pushRefSpec as a tag's name only; a name that is not a tag is pushed as the refspec it is.
    private static void PushRef(ICakeContext context, DirectoryPath repositoryDirectoryPath, string remote, string pushRefSpec, PushOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(remote);
        ArgumentException.ThrowIfNullOrWhiteSpace(pushRefSpec);
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var tag = repository.Tags.FirstOrDefault(candidate => candidate.FriendlyName == pushRefSpec);
            var refSpec = tag?.CanonicalName ?? pushRefSpec;
            repository.Network.Push(repository.FindRemote(remote), refSpec, options);
        });
    }
}
