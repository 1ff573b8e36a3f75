using Cake.Common.Build;
using Cake.Core;
using Cake.Core.IO;
using Cake.Git;
using LibGit2Sharp;
using Qte.Pipeline.Versioning;

namespace Qte.Build.Git;

/// <summary>
/// Reads what the version is computed from through the Cake.Git aliases: HEAD's commit and branch, the dirty flag,
/// the nearest version tag. A missing or unreadable repository is a warning and <see cref="RepositoryFacts.NoRepository"/>.
/// </summary>
public static class RepositoryFactsReader
{
    private const string DetachedHead = "(no branch)";

    public static (RepositoryFacts Facts, string? Problem) Read(ICakeContext context, DirectoryPath path)
    {
        DirectoryPath root;
        try
        {
            root = context.GitFindRootFromPath(path);
        }
        catch (RepositoryNotFoundException)
        {
            return (RepositoryFacts.NoRepository, null);
        }
        catch (LibGit2SharpException ex)
        {
            return (RepositoryFacts.NoRepository, $"the git repository at '{path.FullPath}' cannot be read ({ex.Message})");
        }

        try
        {
            return (ReadRepository(context, root), null);
        }
        catch (LibGit2SharpException ex)
        {
            return (RepositoryFacts.NoRepository, $"the git repository at '{root.FullPath}' cannot be read ({ex.Message})");
        }
    }

    private static RepositoryFacts ReadRepository(ICakeContext context, DirectoryPath root)
    {
        var branch = context.GitBranchCurrent(root);
        if (branch.Tip is null)
        {
            // An unborn branch: a repository without commits yet.
            return new RepositoryFacts { Branch = branch.FriendlyName, Dirty = true };
        }

        var (tag, ignored) = NearestVersionTag.Find(commitish => Describe(context, root, commitish));
        return new RepositoryFacts
        {
            Sha = branch.Tip.Sha,
            Branch = branch.FriendlyName == DetachedHead ? CiBranch(context) : branch.FriendlyName,
            Dirty = context.GitHasUncommitedChanges(root),
            Shallow = context.FileSystem.Exist(root.Combine(".git").CombineWithFilePath("shallow")),
            NearestTag = tag,
            IgnoredTags = ignored,
            CommitCount = tag is null ? context.GitLog(root, int.MaxValue).Count : 0,
        };
    }

    private static string Describe(ICakeContext context, DirectoryPath root, string commitish)
    {
        try
        {
            return context.GitDescribe(root, commitish, true, GitDescribeStrategy.Tags, 7);
        }
        catch (NotFoundException)
        {
            // The tag passed over was on the first commit: nothing before it.
            return string.Empty;
        }
    }

    // CI checks out a detached HEAD; the branch's name is then in its variables.
    private static string? CiBranch(ICakeContext context)
    {
        var gitHub = context.GitHubActions();
        if (gitHub.IsRunningOnGitHubActions)
        {
            var workflow = gitHub.Environment.Workflow;
            return string.IsNullOrEmpty(workflow.HeadRef) ? workflow.RefName : workflow.HeadRef;
        }

        return null;
    }
}
