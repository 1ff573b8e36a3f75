using Cake.Core;
using Cake.Core.IO;
using Cake.Git;
using LibGit2Sharp;

namespace Qte.Build.Git;

/// <summary>
/// The files a change touches: committed since the base (Cake.Git's GitDiff between the base and HEAD) plus what the
/// working tree has not committed yet. The base is --base-ref, else the merge base with main, else HEAD~1. Cake.Git
/// has no alias for a merge base or the working tree's status, so those two come from LibGit2Sharp, which it wraps.
/// </summary>
public static class ChangedFilesReader
{
    /// <returns>The changed files relative to the root and the base's description; or null files and why.</returns>
    public static (IReadOnlyList<string>? Files, string Description) Read(ICakeContext context, DirectoryPath root, string? baseRef)
    {
        try
        {
            using var repository = new Repository(root.FullPath);
            if (repository.Head.Tip is not { } head)
            {
                return (null, "the repository has no commit yet");
            }

            var (baseCommit, description) = FindBase(repository, head, baseRef);
            if (baseCommit is null)
            {
                return (null, description);
            }

            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var change in context.GitDiff(root, baseCommit.Sha, head.Sha))
            {
                files.Add(change.Path);
                if (change.OldPath != change.Path)
                {
                    files.Add(change.OldPath);
                }
            }

            foreach (var entry in repository.RetrieveStatus(new StatusOptions { IncludeIgnored = false }))
            {
                files.Add(entry.FilePath);
            }

            return (files.ToList(), description);
        }
        catch (LibGit2SharpException ex)
        {
            return (null, $"git cannot tell what changed ({ex.Message})");
        }
    }

    private static (Commit? Base, string Description) FindBase(Repository repository, Commit head, string? baseRef)
    {
        if (baseRef is not null)
        {
            return repository.Lookup<Commit>(baseRef) is { } given
                ? (given, $"--base-ref={baseRef}")
                : (null, $"--base-ref: '{baseRef}' names no commit in this repository");
        }

        var main = repository.Branches["main"] ?? repository.Branches["origin/main"];
        if (main?.Tip is { } mainTip && repository.ObjectDatabase.FindMergeBase(mainTip, head) is { } mergeBase && mergeBase.Sha != head.Sha)
        {
            return (mergeBase, $"the merge base with {main.FriendlyName} ({mergeBase.Sha[..7]})");
        }

        return head.Parents.FirstOrDefault() is { } parent
            ? (parent, $"HEAD~1 ({parent.Sha[..7]})")
            : (null, "HEAD has no parent to compare with");
    }
}
