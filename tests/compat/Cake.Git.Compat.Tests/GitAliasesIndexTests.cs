using Cake.Core;
using Cake.Core.IO;
using Cake.Git.Compat.Tests.Fixtures;
using LibGit2Sharp;

namespace Cake.Git.Compat.Tests;

/// <summary>GitAdd, GitAddAll, GitUnstage, GitUnstageAll, GitRemove and the status aliases, on a real repository.</summary>
public sealed class GitAliasesIndexTests : IDisposable
{
    private readonly GitRepositoryFixture _repository = new();
    private readonly ICakeContext _context = CakeContextFixture.Create();

    public void Dispose() => _repository.Dispose();

    private FilePath PathOf(string relative) => System.IO.Path.Combine(_repository.Path, relative);

    [Fact]
    public void Should_Stage_The_Files_Given_And_Only_Those()
    {
        _repository.Commits(1);
        _repository.WriteFile("a.txt", "a");
        _repository.WriteFile("b.txt", "b");

        _context.GitAdd(_repository.Path, PathOf("a.txt"));

        var status = _repository.Repository.RetrieveStatus();
        Assert.Equal(["a.txt"], status.Staged.Concat(status.Added).Select(e => e.FilePath).Distinct());
        Assert.True(_context.GitHasStagedChanges(_repository.Path));
        Assert.True(_context.GitHasUntrackedFiles(_repository.Path));
    }

    [Fact]
    public void Should_Stage_Everything_With_AddAll_And_Unstage_It_Again()
    {
        _repository.Commits(1);
        _repository.WriteFile("a.txt", "a");
        _repository.WriteFile("src/b.txt", "b");

        _context.GitAddAll(_repository.Path);
        Assert.Equal(2, _repository.Repository.RetrieveStatus().Added.Count());
        Assert.False(_context.GitHasUntrackedFiles(_repository.Path));

        _context.GitUnstage(_repository.Path, PathOf("a.txt"));
        Assert.Equal(["src/b.txt"], _repository.Repository.RetrieveStatus().Added.Select(e => e.FilePath));

        _context.GitUnstageAll(_repository.Path);
        Assert.False(_context.GitHasStagedChanges(_repository.Path));
        Assert.True(File.Exists(System.IO.Path.Combine(_repository.Path, "a.txt")), "unstaging leaves the working folder alone");
    }

    [Fact]
    public void Should_Remove_From_The_Index_And_From_The_Folder_Only_When_Asked()
    {
        _repository.WriteFile("kept.txt", "kept on disk");
        _repository.WriteFile("gone.txt", "deleted");
        _repository.Commits(1);

        _context.GitRemove(_repository.Path, false, PathOf("kept.txt"));
        _context.GitRemove(_repository.Path, true, PathOf("gone.txt"));

        var removed = _repository.Repository.RetrieveStatus().Removed.Select(e => e.FilePath).Order();
        Assert.Equal(["gone.txt", "kept.txt"], removed);
        Assert.True(File.Exists(System.IO.Path.Combine(_repository.Path, "kept.txt")));
        Assert.False(File.Exists(System.IO.Path.Combine(_repository.Path, "gone.txt")));
    }

    [Fact]
    public void Should_Commit_The_Index_With_The_Person_Given()
    {
        _repository.Commits(1);
        _repository.WriteFile("a.txt", "a");
        _context.GitAddAll(_repository.Path);

        var commit = _context.GitCommit(_repository.Path, "Ada", "ada@qte.invalid", "Add a");

        Assert.Equal(_repository.Repository.Head.Tip.Sha, commit.Sha);
        Assert.Equal("Ada", commit.Author.Name);
        Assert.Equal("ada@qte.invalid", commit.Committer.Email);
        Assert.Equal("Add a", commit.MessageShort);
        Assert.False(_context.GitHasUncommitedChanges(_repository.Path));
    }
}
