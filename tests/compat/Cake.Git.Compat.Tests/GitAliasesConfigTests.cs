using Cake.Core;
using Cake.Git.Compat.Tests.Fixtures;

namespace Cake.Git.Compat.Tests;

/// <summary>GitConfigGet, GitConfigExists, GitConfigSetLocal and GitConfigUnsetLocal, on a real repository.</summary>
public sealed class GitAliasesConfigTests : IDisposable
{
    private readonly GitRepositoryFixture _repository = new();
    private readonly ICakeContext _context = CakeContextFixture.Create();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Should_Set_Read_And_Unset_A_Local_Value()
    {
        _context.GitConfigSetLocal(_repository.Path, "qte.release", "blue");
        _context.GitConfigSetLocal(_repository.Path, "qte.replicas", 3);

        Assert.True(_context.GitConfigExists<string>(_repository.Path, "qte.release"));
        Assert.Equal("blue", _context.GitConfigGet<string>(_repository.Path, "qte.release"));
        Assert.Equal(3, _context.GitConfigGet<int>(_repository.Path, "qte.replicas"));

        _context.GitConfigUnsetLocal(_repository.Path, "qte.release");

        Assert.False(_context.GitConfigExists<string>(_repository.Path, "qte.release"));
        Assert.Throws<KeyNotFoundException>(() => _context.GitConfigGet<string>(_repository.Path, "qte.release"));
    }

    // Cake.Git passes no default to LibGit2Sharp and so returns default(T); the compat returns the default given
    // (README, compatibility table).
    [Fact]
    public void Should_Return_The_Default_Given_For_A_Missing_Key()
    {
        Assert.Equal("fallback", _context.GitConfigGet(_repository.Path, "qte.missing", "fallback"));
        Assert.Equal(7, _context.GitConfigGet(_repository.Path, "qte.missing", 7));
    }
}
