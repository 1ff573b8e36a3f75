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
}
