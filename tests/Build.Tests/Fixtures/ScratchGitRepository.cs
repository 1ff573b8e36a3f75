using LibGit2Sharp;

namespace Qte.Build.Tests.Fixtures;

/// <summary>
/// Makes a build fixture's scratch root a real git repository (artifacts/ ignored, as in ours) with LibGit2Sharp.
/// </summary>
internal sealed class ScratchGitRepository : IDisposable
{
    private static readonly DateTimeOffset FirstCommitTime = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private int _commits;

    public ScratchGitRepository(string root)
    {
        File.WriteAllText(Path.Combine(root, ".gitignore"), "artifacts/\n");
        Repository.Init(root);
        Repository = new Repository(root);
        Root = root;
    }

    public Repository Repository { get; }

    public string Root { get; }

    /// <summary>A minute later for each commit, so that history has one order.</summary>
    private Signature Author => new("QTE Test", "test@qte.invalid", FirstCommitTime.AddMinutes(_commits));

    public Commit Commit()
    {
        _commits++;
        File.WriteAllText(Path.Combine(Root, "change.txt"), $"change {_commits}");
        Commands.Stage(Repository, "*");
        return Repository.Commit($"Commit {_commits}", Author, Author);
    }

    public Commit Commits(int count)
    {
        Commit last = null!;
        for (var i = 0; i < count; i++)
        {
            last = Commit();
        }

        return last;
    }

    public void Tag(string name) => Repository.ApplyTag(name);

    public void Branch(string name) => Commands.Checkout(Repository, Repository.CreateBranch(name));

    public void Detach() => Commands.Checkout(Repository, Repository.Head.Tip);

    public void Dispose()
    {
        Repository.Dispose();

        // git marks its object files read-only, which stops a plain recursive delete on Windows.
        foreach (var file in new DirectoryInfo(Path.Combine(Root, ".git")).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }
    }
}
