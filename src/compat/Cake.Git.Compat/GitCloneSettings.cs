using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// How <see cref="GitAliases.GitClone(Cake.Core.ICakeContext, string, Cake.Core.IO.DirectoryPath, GitCloneSettings)"/> clones.
/// </summary>
public class GitCloneSettings
{
    /// <summary>Gets or sets whether to make a bare repository (no working folder).</summary>
    public bool IsBare { get; set; }

    /// <summary>Gets or sets whether to check out the branch after cloning. Default: true.</summary>
    public bool Checkout { get; set; } = true;

    /// <summary>Gets or sets the branch to check out; null for the remote's HEAD.</summary>
    public string BranchName { get; set; }

    /// <summary>Gets or sets whether to clone submodules too.</summary>
    public bool RecurseSubmodules { get; set; }

    internal CloneOptions ToCloneOptions() => new()
    {
        IsBare = IsBare,
        Checkout = Checkout,
        BranchName = BranchName,
        RecurseSubmodules = RecurseSubmodules,
    };
}
