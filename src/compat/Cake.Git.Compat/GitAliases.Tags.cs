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
        context.GitTags(repositoryDirectoryPath, loadTargets: false);

    /// <summary>
    /// Gets every tag of the repository, ordered by canonical name, with their targets read if asked.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="loadTargets">Whether to read each tag's target while the repository is open, so that
    /// <see cref="Tag.PeeledTarget"/> can be used after the call.</param>
    /// <returns>The tags.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("AllTags")]
    public static List<Tag> GitTags(this ICakeContext context, DirectoryPath repositoryDirectoryPath, bool loadTargets) =>
        context.UseRepository(repositoryDirectoryPath, repository =>
        {
            var tags = repository.Tags.OrderBy(tag => tag.CanonicalName, StringComparer.Ordinal).ToList();
            if (loadTargets)
            {
                tags.ForEach(tag => _ = tag.PeeledTarget);
            }

            return tags;
        });

    /// <summary>
    /// Tags HEAD with a lightweight tag: <c>git tag NAME</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="tagName">The tag's name.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Tag")]
    public static void GitTag(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string tagName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);
        context.UseRepository(repositoryDirectoryPath, repository => repository.ApplyTag(tagName));
    }

    /// <summary>
    /// Tags an object with a lightweight tag: <c>git tag NAME OBJECTISH</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="tagName">The tag's name.</param>
    /// <param name="objectish">What to tag: a sha, branch or other revision.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Tag")]
    public static void GitTag(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string tagName, string objectish)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectish);
        context.UseRepository(repositoryDirectoryPath, repository => repository.ApplyTag(tagName, objectish));
    }

    /// <summary>
    /// Tags HEAD with an annotated tag: <c>git tag -a NAME -m MESSAGE</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="tagName">The tag's name.</param>
    /// <param name="name">The tagger's name.</param>
    /// <param name="email">The tagger's email.</param>
    /// <param name="message">The tag's message.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Tag")]
    public static void GitTag(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string tagName, string name, string email, string message) =>
        context.GitTag(repositoryDirectoryPath, tagName, "HEAD", name, email, message);

    /// <summary>
    /// Tags an object with an annotated tag: <c>git tag -a NAME OBJECTISH -m MESSAGE</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="tagName">The tag's name.</param>
    /// <param name="objectish">What to tag: a sha, branch or other revision.</param>
    /// <param name="name">The tagger's name.</param>
    /// <param name="email">The tagger's email.</param>
    /// <param name="message">The tag's message.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Tag")]
    public static void GitTag(
        this ICakeContext context,
        DirectoryPath repositoryDirectoryPath,
        string tagName,
        string objectish,
        string name,
        string email,
        string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectish);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        context.UseRepository(
            repositoryDirectoryPath,
            repository => repository.ApplyTag(tagName, objectish, new Signature(name, email, DateTimeOffset.Now), message));
    }
}
