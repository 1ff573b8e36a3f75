using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Describes HEAD by the most recent reference reachable from it.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <returns>The description, or an empty string (with a warning) when nothing describes it.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Describe")]
    public static string GitDescribe(this ICakeContext context, DirectoryPath repositoryDirectoryPath) =>
        GitDescribe(context, repositoryDirectoryPath, renderLongFormat: false, GitDescribeStrategy.All, minimumCommitIdAbbreviatedSize: null);

    /// <summary>
    /// Describes HEAD by the most recent reference the strategy allows.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="strategy">Which references may describe it.</param>
    /// <returns>The description, or an empty string (with a warning) when nothing describes it.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Describe")]
    public static string GitDescribe(this ICakeContext context, DirectoryPath repositoryDirectoryPath, GitDescribeStrategy strategy) =>
        GitDescribe(context, repositoryDirectoryPath, renderLongFormat: false, strategy, minimumCommitIdAbbreviatedSize: null);

    /// <summary>
    /// Describes HEAD; the long format ("v1.2-0-gdeadbee") names the commit even when it is tagged.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="renderLongFormat">Always give the tag, the commits since it and the abbreviated sha.</param>
    /// <param name="strategy">Which references may describe it.</param>
    /// <returns>The description, or an empty string (with a warning) when nothing describes it.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Describe")]
    public static string GitDescribe(this ICakeContext context, DirectoryPath repositoryDirectoryPath, bool renderLongFormat, GitDescribeStrategy strategy) =>
        GitDescribe(context, repositoryDirectoryPath, renderLongFormat, strategy, minimumCommitIdAbbreviatedSize: null);

    /// <summary>
    /// Describes HEAD.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="renderLongFormat">Always give the tag, the commits since it and the abbreviated sha.</param>
    /// <param name="strategy">Which references may describe it.</param>
    /// <param name="minimumCommitIdAbbreviatedSize">The least number of hex digits of the abbreviated sha.</param>
    /// <returns>The description, or an empty string (with a warning) when nothing describes it.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Describe")]
    public static string GitDescribe(
        this ICakeContext context,
        DirectoryPath repositoryDirectoryPath,
        bool renderLongFormat,
        GitDescribeStrategy strategy,
        int? minimumCommitIdAbbreviatedSize) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => Describe(context, repository, repository.Head.Tip, renderLongFormat, strategy, minimumCommitIdAbbreviatedSize));

    /// <summary>
    /// Describes a commit-ish: a sha, a branch, a tag or an expression such as "v1.2^".
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="commitishName">The commit-ish to describe.</param>
    /// <param name="renderLongFormat">Always give the tag, the commits since it and the abbreviated sha.</param>
    /// <param name="strategy">Which references may describe it.</param>
    /// <param name="minimumCommitIdAbbreviatedSize">The least number of hex digits of the abbreviated sha.</param>
    /// <returns>The description, or an empty string (with a warning) when nothing describes it.</returns>
    /// <exception cref="NotFoundException">The commit-ish names no commit.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Describe")]
    public static string GitDescribe(
        this ICakeContext context,
        DirectoryPath repositoryDirectoryPath,
        string commitishName,
        bool renderLongFormat,
        GitDescribeStrategy strategy,
        int? minimumCommitIdAbbreviatedSize)
    {
        ArgumentNullException.ThrowIfNull(commitishName);
        return context.UseRepository(
            repositoryDirectoryPath,
            repository =>
            {
                var commit = repository.Lookup(commitishName, ObjectType.Commit) as Commit
                    ?? throw new NotFoundException("Commit not found: " + commitishName);
                return Describe(context, repository, commit, renderLongFormat, strategy, minimumCommitIdAbbreviatedSize);
            });
    }

    private static string Describe(
        ICakeContext context,
        Repository repository,
        Commit commit,
        bool renderLongFormat,
        GitDescribeStrategy strategy,
        int? minimumCommitIdAbbreviatedSize)
    {
        var options = new DescribeOptions
        {
            AlwaysRenderLongFormat = renderLongFormat,
            Strategy = strategy switch
            {
                GitDescribeStrategy.Default => DescribeStrategy.Default,
                GitDescribeStrategy.Tags => DescribeStrategy.Tags,
                GitDescribeStrategy.All => DescribeStrategy.All,
                _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown git describe strategy."),
            },
        };
        if (minimumCommitIdAbbreviatedSize is { } size)
        {
            options.MinimumCommitIdAbbreviatedSize = size;
        }

        // Cake.Git's contract: nothing to describe by (no tag, an unborn branch) is a warning and an empty string.
        try
        {
            return commit is null ? string.Empty : repository.Describe(commit, options);
        }
        catch (LibGit2SharpException ex)
        {
            context.Log.Warning(Verbosity.Verbose, "Describe failed, empty string returned: {0}", ex.Message);
            return string.Empty;
        }
    }
}
