using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// What <see cref="GitAliases.GitFetch(Cake.Core.ICakeContext, Cake.Core.IO.DirectoryPath, GitFetchSettings)"/> fetches.
/// </summary>
public class GitFetchSettings
{
    /// <summary>Gets or sets the remote to fetch from. Default: "origin".</summary>
    public string Remote { get; set; } = "origin";

    /// <summary>Gets or sets which of the remote's fetch refspecs to use. Default: all.</summary>
    public Func<RefSpec, bool> RefSpecFilter { get; set; } = _ => true;

    /// <summary>Gets or sets which tags to fetch; null for git's default (tags that point into fetched history).</summary>
    public TagFetchMode? TagFetchMode { get; set; }

    /// <summary>Gets or sets whether to remove remote-tracking branches the remote no longer has; null for the configured default.</summary>
    public bool? Prune { get; set; }
}
