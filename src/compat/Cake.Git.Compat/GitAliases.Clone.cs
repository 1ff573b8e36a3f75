using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Clones a repository into a new folder: <c>git clone</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="sourceUrl">The repository to clone: a URL or a path.</param>
    /// <param name="workDirectoryPath">The folder to create; its parent must exist.</param>
    /// <returns>The path of the new repository's .git folder (or of the bare repository).</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Clone")]
    public static DirectoryPath GitClone(this ICakeContext context, string sourceUrl, DirectoryPath workDirectoryPath) =>
        Clone(context, sourceUrl, workDirectoryPath, new CloneOptions());

    /// <summary>
    /// Clones a repository into a new folder with settings: bare, without checkout, one branch, with submodules.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="sourceUrl">The repository to clone: a URL or a path.</param>
    /// <param name="workDirectoryPath">The folder to create; its parent must exist.</param>
    /// <param name="cloneSettings">How to clone; null for the defaults.</param>
    /// <returns>The path of the new repository's .git folder (or of the bare repository).</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Clone")]
    public static DirectoryPath GitClone(this ICakeContext context, string sourceUrl, DirectoryPath workDirectoryPath, GitCloneSettings cloneSettings) =>
        Clone(context, sourceUrl, workDirectoryPath, (cloneSettings ?? new GitCloneSettings()).ToCloneOptions());

    /// <summary>
    /// Clones a repository that asks for a user name and password.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="sourceUrl">The repository to clone: a URL or a path.</param>
    /// <param name="workDirectoryPath">The folder to create; its parent must exist.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password or token.</param>
    /// <returns>The path of the new repository's .git folder.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Clone")]
    public static DirectoryPath GitClone(this ICakeContext context, string sourceUrl, DirectoryPath workDirectoryPath, string username, string password) =>
        context.GitClone(sourceUrl, workDirectoryPath, username, password, new GitCloneSettings());

    /// <summary>
    /// Clones a repository that asks for a user name and password, with settings.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="sourceUrl">The repository to clone: a URL or a path.</param>
    /// <param name="workDirectoryPath">The folder to create; its parent must exist.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password or token.</param>
    /// <param name="cloneSettings">How to clone; null for the defaults.</param>
    /// <returns>The path of the new repository's .git folder (or of the bare repository).</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Clone")]
    public static DirectoryPath GitClone(
        this ICakeContext context,
        string sourceUrl,
        DirectoryPath workDirectoryPath,
        string username,
        string password,
        GitCloneSettings cloneSettings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        var options = (cloneSettings ?? new GitCloneSettings()).ToCloneOptions();
        options.FetchOptions.CredentialsProvider = RepositoryAccess.Credentials(username, password);
        return Clone(context, sourceUrl, workDirectoryPath, options);
    }

    /// <summary>
    /// Makes an empty repository in an existing folder: <c>git init</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="initDirectoryPath">The folder, which must exist.</param>
    /// <returns>The path of the new repository's .git folder.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Init")]
    public static DirectoryPath GitInit(this ICakeContext context, DirectoryPath initDirectoryPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(initDirectoryPath);
        var folder = initDirectoryPath.MakeAbsolute(context.Environment);
        if (!context.FileSystem.Exist(folder))
        {
            throw new DirectoryNotFoundException($"Failed to find workDirectoryPath: {folder}");
        }

        return Repository.Init(folder.FullPath);
    }

    // Cake.Git checks the folder only in its overloads without credentials; here every overload does, so that a
    // clone never writes into a folder that already exists.
    private static DirectoryPath Clone(ICakeContext context, string sourceUrl, DirectoryPath workDirectoryPath, CloneOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceUrl);
        ArgumentNullException.ThrowIfNull(workDirectoryPath);
        var folder = workDirectoryPath.MakeAbsolute(context.Environment);
        var parent = folder.Combine("../").Collapse();
        if (!context.FileSystem.Exist(parent))
        {
            throw new DirectoryNotFoundException($"Failed to find {nameof(parent)}: {parent}");
        }

        if (context.FileSystem.Exist(folder))
        {
            throw new IOException($"The clone's folder already exists: {folder}");
        }

        context.FileSystem.GetDirectory(folder).Create();
        return Repository.Clone(sourceUrl, folder.FullPath, options);
    }
}
