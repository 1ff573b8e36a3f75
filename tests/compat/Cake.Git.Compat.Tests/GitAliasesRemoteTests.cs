using Cake.Core;
using Cake.Git.Compat.Tests.Fixtures;
using LibGit2Sharp;

namespace Cake.Git.Compat.Tests;

/// <summary>
/// Clone, fetch, pull and push between real repositories on disk: a source, a bare clone of it as "origin", and two
/// working clones of origin.
/// </summary>
public sealed class GitAliasesRemoteTests : IDisposable
{
    private readonly GitRepositoryFixture _source = new();
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("qte-git-remote-");
    private readonly ICakeContext _context = CakeContextFixture.Create();

    public GitAliasesRemoteTests()
    {
        _source.Commits(2);
    }

    private string Origin => Path.Combine(_root.FullName, "origin.git");

    private string Alice => Path.Combine(_root.FullName, "alice");

    private string Bob => Path.Combine(_root.FullName, "bob");

    public void Dispose()
    {
        _source.Dispose();
        foreach (var file in _root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        _root.Delete(recursive: true);
    }

    private void CloneOriginAndWorkingCopies()
    {
        _context.GitClone(_source.Path, Origin, new GitCloneSettings { IsBare = true });
        _context.GitClone(Origin, Alice);
        _context.GitClone(Origin, Bob, new GitCloneSettings());
    }

    private GitCommit CommitFile(string repository, string file, string contents)
    {
        File.WriteAllText(Path.Combine(repository, file), contents);
        _context.GitAddAll(repository);
        return _context.GitCommit(repository, "Ada", "ada@qte.invalid", "Write " + file);
    }

    [Fact]
    public void Should_Clone_Bare_And_Working_Copies_With_Origin_As_Remote()
    {
        CloneOriginAndWorkingCopies();

        using var origin = new Repository(Origin);
        Assert.True(origin.Info.IsBare);
        Assert.Equal(_source.Repository.Head.Tip.Sha, _context.GitLogTip(Alice).Sha);
        var remote = _context.GitRemote(Alice, "origin");
        Assert.Equal(Origin, remote.Url);
        Assert.Equal(["origin"], _context.GitRemotes(Bob).Select(r => r.Name));
        Assert.Null(_context.GitRemote(Bob, "upstream"));
    }

    [Fact]
    public void Should_Clone_Without_Checkout_And_Refuse_An_Existing_Folder()
    {
        _context.GitClone(_source.Path, Alice, new GitCloneSettings { Checkout = false });

        Assert.False(File.Exists(Path.Combine(Alice, "file.txt")));
        Assert.Throws<IOException>(() => _context.GitClone(_source.Path, Alice));
    }

    [Fact]
    public void Should_Push_A_Commit_That_A_Pull_Fast_Forwards_To()
    {
        CloneOriginAndWorkingCopies();
        var pushed = CommitFile(Alice, "alice.txt", "from alice");

        _context.GitPush(Alice);
        var result = _context.GitPull(Bob, "Bob", "bob@qte.invalid");

        Assert.Equal(GitMergeStatus.FastForward, result.Status);
        Assert.Null(result.Commit);
        Assert.Equal(pushed.Sha, _context.GitLogTip(Bob).Sha);
        Assert.Equal(GitMergeStatus.UpToDate, _context.GitPull(Bob, "Bob", "bob@qte.invalid").Status);
    }

    [Fact]
    public void Should_Merge_Diverged_Work_On_A_Pull_With_Credentials()
    {
        CloneOriginAndWorkingCopies();
        var alices = CommitFile(Alice, "alice.txt", "from alice");
        _context.GitPush(Alice, "alice", "unused-on-a-local-path", _context.GitBranchCurrent(Alice).FriendlyName);
        var bobs = CommitFile(Bob, "bob.txt", "from bob");

        var result = _context.GitPull(Bob, "Bob", "bob@qte.invalid", "bob", "unused-on-a-local-path", "origin");

        Assert.Equal(GitMergeStatus.NonFastForward, result.Status);
        using var bob = new Repository(Bob);
        var merge = bob.Head.Tip;
        Assert.Equal(merge.Sha, result.Commit.Sha);
        Assert.Equal([bobs.Sha, alices.Sha], merge.Parents.Select(p => p.Sha));
    }

    [Fact]
    public void Should_Fetch_New_Commits_Into_The_Remote_Tracking_Branch_Only()
    {
        CloneOriginAndWorkingCopies();
        var before = _context.GitLogTip(Bob).Sha;
        var pushed = CommitFile(Alice, "alice.txt", "from alice");
        _context.GitPush(Alice);

        _context.GitFetch(Bob);

        using var bob = new Repository(Bob);
        Assert.Equal(before, bob.Head.Tip.Sha);
        Assert.Equal(pushed.Sha, bob.Head.TrackedBranch.Tip.Sha);
        Assert.Contains(_context.GitBranches(Bob), b => b.IsRemote && b.Tip.Sha == pushed.Sha);
    }

    [Fact]
    public void Should_Push_A_Tag_That_Fetching_Tags_Brings_Back()
    {
        CloneOriginAndWorkingCopies();
        CommitFile(Alice, "alice.txt", "from alice");
        _context.GitPush(Alice);
        _context.GitTag(Alice, "v1.0", "Ada", "ada@qte.invalid", "Release 1.0");

        _context.GitPushRef(Alice, "origin", "v1.0");
        _context.GitFetchTags(Bob);

        using var origin = new Repository(Origin);
        Assert.NotNull(origin.Tags["v1.0"]);
        Assert.Equal(["v1.0"], _context.GitTags(Bob).Select(t => t.FriendlyName));
    }

    [Fact]
    public void Should_Push_A_Branch_Refspec_And_Fetch_With_Settings()
    {
        CloneOriginAndWorkingCopies();
        _context.GitCreateBranch(Alice, "release", true);
        var pushed = CommitFile(Alice, "release.txt", "release");

        _context.GitPushRef(Alice, "alice", "unused-on-a-local-path", "origin", "refs/heads/release:refs/heads/release");
        _context.GitFetch(Bob, new GitFetchSettings { Remote = "origin", Prune = true, TagFetchMode = TagFetchMode.None });

        using var bob = new Repository(Bob);
        Assert.Equal(pushed.Sha, bob.Branches["origin/release"].Tip.Sha);
    }

    [Fact]
    public void Should_Name_A_Remote_That_Does_Not_Exist()
    {
        CloneOriginAndWorkingCopies();

        var error = Assert.Throws<NotFoundException>(() => _context.GitFetch(Bob, "upstream"));

        Assert.Contains("upstream", error.Message, StringComparison.Ordinal);
    }
}
