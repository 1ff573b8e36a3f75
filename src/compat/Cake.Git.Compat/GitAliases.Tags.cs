using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Gets every tag of the repository, ordered by canonical name.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The tags; their names can be read after the call, their targets only while a repository is open.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("AllTags")]
    public static List<Tag> GitTags(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => repository.Tags.OrderBy(tag => tag.CanonicalName, StringComparer.Ordinal).ToList());
}
