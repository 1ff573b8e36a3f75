using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Git.Internal;
using LibGit2Sharp;

namespace Cake.Git;

public static partial class GitAliases
{
    /// <summary>
    /// Reads a configuration value, from any level (local, global, system): <c>git config --get</c>.
    /// </summary>
    /// <typeparam name="T">The value's type: string, bool, int or long.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="key">The key, e.g. user.name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The key is not set.</exception>
    [CakeMethodAlias]
    [CakeAliasCategory("Config")]
    public static T GitConfigGet<T>(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string key) =>
        context.UseRepository(
            repositoryDirectoryPath,
            repository => (repository.Config.Get<T>(key) ?? throw new KeyNotFoundException($"Configuration not found: {key}.")).Value);

    /// <summary>
    /// Reads a configuration value, or a default when the key is not set.
    /// </summary>
    /// <typeparam name="T">The value's type: string, bool, int or long.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="key">The key, e.g. user.name.</param>
    /// <param name="defaultValue">What to return when the key is not set.</param>
    /// <returns>The value, or <paramref name="defaultValue"/>.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Config")]
    public static T GitConfigGet<T>(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string key, T defaultValue) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.Config.GetValueOrDefault(key, defaultValue));

    /// <summary>
    /// Tells whether a configuration key is set at any level.
    /// </summary>
    /// <typeparam name="T">The value's type: string, bool, int or long.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="key">The key, e.g. user.name.</param>
    /// <returns>True when the key is set.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Config")]
    public static bool GitConfigExists<T>(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string key) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.Config.Get<T>(key) is not null);

    /// <summary>
    /// Sets a value in the repository's own configuration: <c>git config --local</c>.
    /// </summary>
    /// <typeparam name="T">The value's type: string, bool, int or long.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="key">The key, e.g. user.name.</param>
    /// <param name="newValue">The value.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Config")]
    public static void GitConfigSetLocal<T>(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string key, T newValue) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.Config.Set(key, newValue, ConfigurationLevel.Local));

    /// <summary>
    /// Removes a value from the repository's own configuration: <c>git config --local --unset</c>.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="repositoryDirectoryPath">Path to the repository's working folder.</param>
    /// <param name="key">The key, e.g. user.name.</param>
    [CakeMethodAlias]
    [CakeAliasCategory("Config")]
    public static void GitConfigUnsetLocal(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string key) =>
        context.UseRepository(repositoryDirectoryPath, repository => repository.Config.Unset(key, ConfigurationLevel.Local));
}
