using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// The kind of change a diff reports for a file, with LibGit2Sharp's values, as in Cake.Git.
/// </summary>
public enum GitChangeKind
{
    /// <summary>The file is not modified.</summary>
    Unmodified = ChangeKind.Unmodified,

    /// <summary>The file is added.</summary>
    Added = ChangeKind.Added,

    /// <summary>The file is deleted.</summary>
    Deleted = ChangeKind.Deleted,

    /// <summary>The file is modified.</summary>
    Modified = ChangeKind.Modified,

    /// <summary>The file is renamed.</summary>
    Renamed = ChangeKind.Renamed,

    /// <summary>The file is copied.</summary>
    Copied = ChangeKind.Copied,

    /// <summary>The file is ignored.</summary>
    Ignored = ChangeKind.Ignored,

    /// <summary>The file is untracked.</summary>
    Untracked = ChangeKind.Untracked,

    /// <summary>The file's type changed.</summary>
    TypeChanged = ChangeKind.TypeChanged,

    /// <summary>The file is unreadable.</summary>
    Unreadable = ChangeKind.Unreadable,

    /// <summary>The file is in conflict.</summary>
    Conflicted = ChangeKind.Conflicted,
}
