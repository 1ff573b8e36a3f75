using Cake.Core;
using Cake.Core.IO;
using LibGit2Sharp;

namespace Cake.Git.Internal;

/// <summary>
/// Opens the repository at a path for the length of one alias call, as Cake.Git does.
/// </summary>
internal static class RepositoryAccess
{
    internal static TResult UseRepository<TResult>(this ICakeContext context, DirectoryPath repositoryPath, Func<Repository, TResult> use)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(repositoryPath);
        ArgumentNullException.ThrowIfNull(use);

        var absolute = repositoryPath.MakeAbsolute(context.Environment);
        if (!context.FileSystem.Exist(absolute))
        {
            throw new DirectoryNotFoundException($"Failed to find {nameof(repositoryPath)}: {absolute}");
        }

        using var repository = new Repository(absolute.FullPath);
        return use(repository);
    }

    internal static void UseRepository(this ICakeContext context, DirectoryPath repositoryPath, Action<Repository> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        context.UseRepository(repositoryPath, repository =>
        {
            use(repository);
            return true;
        });
    }

    /// <summary>
    /// The paths relative to the repository's working folder, in git's form (forward slashes). As in Cake.Git, a
    /// relative path is taken from the build's working directory, not from the repository's.
    /// </summary>
    internal static string[] RelativeTo(this FilePath[] paths, ICakeContext context, DirectoryPath repositoryPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var root = repositoryPath.MakeAbsolute(context.Environment);
        return [.. paths.Select(path => root.GetRelativePath(path.MakeAbsolute(context.Environment)).FullPath)];
    }

    /// <summary>Answers every credential request with the user name and password given to the alias.</summary>
    internal static LibGit2Sharp.Handlers.CredentialsHandler Credentials(string username, string password) =>
        (_, _, _) => new UsernamePasswordCredentials { Username = username, Password = password };

    /// <summary>The commit with that id (or unique prefix, or any commit-ish); a clear error when there is none.</summary>
    internal static Commit FindCommit(this Repository repository, string commitId) =>
        repository.Lookup<Commit>(commitId) ?? throw new NotFoundException($"No commit '{commitId}' in the repository.");

    /// <summary>
    /// As <see cref="UseRepository{TResult}"/>, but a missing folder is a <see cref="RepositoryNotFoundException"/>,
    /// as Cake.Git's status and remote aliases report it.
    /// </summary>
    internal static TResult UseExistingRepository<TResult>(this ICakeContext context, DirectoryPath path, Func<Repository, TResult> use)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        if (!context.FileSystem.Exist(path))
        {
            throw new RepositoryNotFoundException($"Path '{path}' doesn't exists.");
        }

        return context.UseRepository(path, use);
    }

    internal static Remote FindRemote(this Repository repository, string name) =>
        repository.Network.Remotes[name] ?? throw new NotFoundException($"Remote named {name} not found");
}
