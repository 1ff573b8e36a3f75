using LibGit2Sharp;

namespace Cake.Git;

/// <summary>
/// A file in a diff between two commits: its path on each side and the kind of change.
/// </summary>
public class GitDiffFile
{
    internal GitDiffFile(TreeEntryChanges change)
    {
        Path = change.Path;
        OldPath = change.OldPath;
        Status = (GitChangeKind)change.Status;
        Exists = change.Exists;
        OldExists = change.OldExists;
    }

    /// <summary>Gets the path on the new side, relative to the repository root, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>Gets the path on the old side.</summary>
    public string OldPath { get; }

    /// <summary>Gets the kind of change.</summary>
    public GitChangeKind Status { get; }

    /// <summary>Gets a value indicating whether the file exists on the new side.</summary>
    public bool Exists { get; }

    /// <summary>Gets a value indicating whether the file exists on the old side.</summary>
    public bool OldExists { get; }

    /// <inheritdoc/>
    public override string ToString() => $"Path: {Path}, OldPath: {OldPath}, Status: {Status}, Exists: {Exists}, OldExists: {OldExists}";
}
