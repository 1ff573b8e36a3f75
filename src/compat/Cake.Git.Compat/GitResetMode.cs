using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// What a reset changes besides HEAD. The values are LibGit2Sharp's <see cref="ResetMode"/>.
/// </summary>
public enum GitResetMode
{
    /// <summary>HEAD, the index and the working folder.</summary>
    Hard = ResetMode.Hard,

    /// <summary>HEAD only.</summary>
    Soft = ResetMode.Soft,

    /// <summary>HEAD and the index.</summary>
    Mixed = ResetMode.Mixed,
}
