using LibGit2Sharp;

namespace Cake.Git.Compat.Tests.Fixtures;

/// <summary>
/// A real git repository in a temp folder, made with LibGit2Sharp; deleted when the test ends.
/// </summary>
internal sealed class GitRepositoryFixture : IDisposable
{
    private static readonly DateTimeOffset FirstCommitTime = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qte-git-");
    private int _commits;

    public GitRepositoryFixture()
    {
        Repository.Init(Path);
        Repository = new Repository(Path);
    }

    public string Path => _directory.FullName;

    /// <summary>A minute later for each commit, so that the log's order is the order of the commits.</summary>
    private Signature Author => new("QTE Test", "test@qte.invalid", FirstCommitTime.AddMinutes(_commits));

    public Repository Repository { get; }

    /// <summary>Changes a file and commits it; returns the commit.</summary>
    public Commit Commit(string message = "")
    {
        _commits++;
        WriteFile("file.txt", $"change {_commits}");
        Commands.Stage(Repository, "*");
        return Repository.Commit(message.Length > 0 ? message : $"Commit {_commits}", Author, Author);
    }

    public GitRepositoryFixture Commits(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Commit();
        }

        return this;
    }

    public void WriteFile(string relativePath, string contents)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
    }

    public void Tag(string name) => Repository.ApplyTag(name);

    public void AnnotatedTag(string name) => Repository.ApplyTag(name, Author, "release " + name);

    public void Checkout(string branch, bool create = false)
    {
        var target = create ? Repository.CreateBranch(branch) : Repository.Branches[branch];
        Commands.Checkout(Repository, target);
    }

    public void Detach() => Commands.Checkout(Repository, Repository.Head.Tip);

    public void Dispose()
    {
        Repository.Dispose();

        // git marks its object files read-only, which stops a plain recursive delete on Windows.
        foreach (var file in _directory.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        _directory.Delete(recursive: true);
    }
}
