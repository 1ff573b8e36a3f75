using Cake.Core;
using Cake.Git.Compat.Tests.Fixtures;
using LibGit2Sharp;

namespace Cake.Git.Compat.Tests;

/// <summary>Branches, tags and the log aliases that take a starting point, on a real repository.</summary>
public sealed class GitAliasesHistoryTests : IDisposable
{
    private readonly GitRepositoryFixture _repository = new();
    private readonly ICakeContext _context = CakeContextFixture.Create();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Should_Create_A_Branch_And_Check_It_Out_Only_When_Asked()
    {
        var tip = _repository.Commits(1).Commit();
        var main = _repository.Repository.Head.FriendlyName;

        var parked = _context.GitCreateBranch(_repository.Path, "parked", false);
        Assert.Equal(main, _repository.Repository.Head.FriendlyName);
        var feature = _context.GitCreateBranch(_repository.Path, "feature", true);

        Assert.Equal("feature", _repository.Repository.Head.FriendlyName);
        Assert.Equal(tip.Sha, parked.Tip.Sha);
        Assert.Equal("refs/heads/feature", feature.CanonicalName);
        Assert.Equal(
            new[] { "feature", main, "parked" }.Order(StringComparer.Ordinal),
            _context.GitBranches(_repository.Path).Select(b => b.FriendlyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Tag_Head_Or_An_Object_Lightweight_Or_Annotated()
    {
        var first = _repository.Commit();
        var second = _repository.Commit();

        _context.GitTag(_repository.Path, "light");
        _context.GitTag(_repository.Path, "light-first", first.Sha);
        _context.GitTag(_repository.Path, "v1.0", "Ada", "ada@qte.invalid", "Release 1.0");
        _context.GitTag(_repository.Path, "v0.9", first.Sha, "Ada", "ada@qte.invalid", "Release 0.9");

        var tags = _context.GitTags(_repository.Path, true);

        Assert.Equal(["light", "light-first", "v0.9", "v1.0"], tags.Select(t => t.FriendlyName));
        var annotated = _repository.Repository.Tags["v1.0"];
        Assert.False(_repository.Repository.Tags["light"].IsAnnotated);
        Assert.Equal("Release 1.0", annotated.Annotation.Message.TrimEnd());
        Assert.Equal("Ada", annotated.Annotation.Tagger.Name);

        // Loaded while the repository was open, so the targets can be read after the call.
        Assert.Equal([second.Sha, first.Sha, first.Sha, second.Sha], tags.Select(t => t.PeeledTarget.Sha));
    }

    [Fact]
    public void Should_Refuse_An_Annotated_Tag_Without_A_Message()
    {
        _repository.Commits(1);

        Assert.Throws<ArgumentException>(() => _context.GitTag(_repository.Path, "v1", "HEAD", "Ada", "ada@qte.invalid", " "));
    }

    [Fact]
    public void Should_Log_Since_A_Commit_Including_It_And_Since_A_Tag_Excluding_It()
    {
        _repository.Commits(1);
        var tagged = _repository.Commit();
        _repository.AnnotatedTag("v1.0");
        var after = _repository.Commit();
        var last = _repository.Commit();

        Assert.Equal([last.Sha, after.Sha, tagged.Sha], _context.GitLog(_repository.Path, tagged.Sha).Select(c => c.Sha));
        Assert.Equal([last.Sha, after.Sha], _context.GitLogTag(_repository.Path, "v1.0").Select(c => c.Sha));
        Assert.Equal(tagged.Sha, _context.GitLogLookup(_repository.Path, tagged.Sha[..10]).Sha);
        Assert.Throws<NotFoundException>(() => _context.GitLogTag(_repository.Path, "v9.9"));
    }

    [Fact]
    public void Should_Shorten_A_Sha_To_Seven_Digits_Or_The_Length_Asked()
    {
        _repository.Commits(1);
        var tip = _context.GitLogTip(_repository.Path);

        Assert.Equal(tip.Sha[..7], _context.GitShortenSha(_repository.Path, tip));
        Assert.Equal(tip.Sha[..12], _context.GitShortenSha(_repository.Path, tip, 12));
    }

    [Fact]
    public void Should_Init_A_Repository_Only_In_An_Existing_Folder()
    {
        var folder = Directory.CreateTempSubdirectory("qte-init-");
        try
        {
            var gitFolder = _context.GitInit(folder.FullName);

            Assert.True(Repository.IsValid(folder.FullName));
            Assert.EndsWith(".git", gitFolder.FullPath.TrimEnd('/'), StringComparison.Ordinal);
            Assert.Throws<DirectoryNotFoundException>(() => _context.GitInit(System.IO.Path.Combine(folder.FullName, "missing")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
