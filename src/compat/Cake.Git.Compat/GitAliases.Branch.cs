using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Gets the current branch. On a detached HEAD its friendly name is "(no branch)".
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The branch HEAD is on.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Branches")]
    public static GitBranch GitBranchCurrent(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(repositoryDirectoryPath, repository => new GitBranch(repository));
}
