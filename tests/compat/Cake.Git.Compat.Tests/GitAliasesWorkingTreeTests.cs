using Cake.Core;
using Cake.Core.IO;
using Cake.Git.Compat.Tests.Fixtures;

namespace Cake.Git.Compat.Tests;

/// <summary>GitCheckout, GitClean and GitReset, on a real repository.</summary>
public sealed class GitAliasesWorkingTreeTests : IDisposable
{
    private readonly GitRepositoryFixture _repository = new();
    private readonly ICakeContext _context = CakeContextFixture.Create();

    public void Dispose() => _repository.Dispose();

    private string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(_repository.Path, relative));

    private FilePath PathOf(string relative) => System.IO.Path.Combine(_repository.Path, relative);

    [Fact]
    public void Should_Switch_Branches_And_Restore_Files_From_Head_Or_A_Commit()
    {
        var first = _repository.Commit();
        _repository.Commits(1);
        var main = _repository.Repository.Head.FriendlyName;
        _repository.Checkout("feature", create: true);
        _repository.Commit();

        _context.GitCheckout(_repository.Path, main);
        Assert.Equal(main, _repository.Repository.Head.FriendlyName);
        Assert.Equal("change 2", Read("file.txt"));

        _repository.WriteFile("file.txt", "local edit");
        _context.GitCheckout(_repository.Path, PathOf("file.txt"));
        Assert.Equal("change 2", Read("file.txt"));

        _context.GitCheckout(_repository.Path, first.Sha, PathOf("file.txt"));
        Assert.Equal("change 1", Read("file.txt"));
        Assert.Equal(main, _repository.Repository.Head.FriendlyName);
    }

    [Fact]
    public void Should_Delete_Untracked_Files_On_Clean()
    {
        _repository.Commits(1);
        _repository.WriteFile("scratch.txt", "untracked");

        _context.GitClean(_repository.Path);

        Assert.False(File.Exists(System.IO.Path.Combine(_repository.Path, "scratch.txt")));
        Assert.True(File.Exists(System.IO.Path.Combine(_repository.Path, "file.txt")));
    }

    [Fact]
    public void Should_Reset_Hard_To_A_Commit_And_Soft_Keeping_The_Changes_Staged()
    {
        var first = _repository.Commit();
        var second = _repository.Commit();

        _context.GitReset(_repository.Path, GitResetMode.Soft, first.Sha);
        Assert.Equal(first.Sha, _repository.Repository.Head.Tip.Sha);
        Assert.True(_context.GitHasStagedChanges(_repository.Path));

        _context.GitReset(_repository.Path, GitResetMode.Hard, second.Sha);
        Assert.Equal(second.Sha, _repository.Repository.Head.Tip.Sha);

        _repository.WriteFile("file.txt", "local edit");
        _context.GitReset(_repository.Path, GitResetMode.Hard);
        Assert.Equal("change 2", Read("file.txt"));
        Assert.False(_context.GitHasUncommitedChanges(_repository.Path));
    }

    [Fact]
    public void Should_Reset_Mixed_Unstaging_But_Keeping_The_Edit()
    {
        _repository.Commits(1);
        _repository.WriteFile("file.txt", "staged edit");
        _context.GitAddAll(_repository.Path);

        _context.GitReset(_repository.Path, GitResetMode.Mixed);

        Assert.False(_context.GitHasStagedChanges(_repository.Path));
        Assert.Equal("staged edit", Read("file.txt"));
    }

    [Fact]
    public void Should_Name_The_Commit_It_Cannot_Find()
    {
        _repository.Commits(1);

        var error = Assert.Throws<LibGit2Sharp.NotFoundException>(
            () => _context.GitReset(_repository.Path, GitResetMode.Hard, "0123456789abcdef0123456789abcdef01234567"));

        Assert.Contains("0123456789abcdef0123456789abcdef01234567", error.Message, StringComparison.Ordinal);
    }
}
