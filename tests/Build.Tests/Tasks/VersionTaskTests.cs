using Newtonsoft.Json.Linq;
using Qte.Build.Tests.Fixtures;

namespace Qte.Build.Tests.Tasks;

/// <summary>
/// The Version task on real git repositories made in the scratch root: what lands in artifacts/version.json.
/// </summary>
public sealed class VersionTaskTests : IDisposable
{
    private readonly BuildHostFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private (JObject Version, string Output) RunVersion(params string[] args)
    {
        var (exitCode, output) = _fixture.Run(["--target=Version", "--exclusive", .. args]);
        Assert.True(exitCode == 0, output);
        return (JObject.Parse(File.ReadAllText(_fixture.Artifact("version.json"))), output);
    }

    [Fact]
    public void Should_Give_The_Tags_Version_On_The_Tag()
    {
        using var git = new ScratchGitRepository(_fixture.Root);
        var tagged = git.Commits(2);
        git.Tag("v1.4.0");

        var (version, _) = RunVersion();

        Assert.Equal("1.4.0", (string)version["version"]!);
        Assert.Equal(tagged.Sha, (string)version["commit"]!);
        Assert.False((bool)version["dirty"]!);
    }

    [Fact]
    public void Should_Count_Commits_After_The_Tag_On_A_Branch()
    {
        using var git = new ScratchGitRepository(_fixture.Root);
        git.Commits(1);
        git.Tag("1.4.0");
        git.Branch("feature/quotes");
        var head = git.Commits(3);

        var (version, _) = RunVersion();

        Assert.Equal($"1.4.1-alpha.3+{head.Sha[..7]}", (string)version["version"]!);
        Assert.Equal("1.4.1.3", (string)version["fileVersion"]!);
        Assert.Equal("feature/quotes", (string)version["branch"]!);
    }

    [Fact]
    public void Should_Mark_A_Dirty_Tree()
    {
        using var git = new ScratchGitRepository(_fixture.Root);
        var head = git.Commits(1);
        git.Tag("v2.0.0");
        File.WriteAllText(Path.Combine(_fixture.Root, "change.txt"), "not committed");

        var (version, _) = RunVersion();

        Assert.Equal($"2.0.1-alpha.0+{head.Sha[..7]}.dirty", (string)version["version"]!);
        Assert.True((bool)version["dirty"]!);
    }

    [Fact]
    public void Should_Read_A_Detached_Head_With_No_Branch_Locally_And_CIs_Branch_On_GitHub_Actions()
    {
        using var git = new ScratchGitRepository(_fixture.Root);
        git.Commits(1);
        git.Tag("v1.0.0");
        var head = git.Commits(1);
        git.Detach();

        var (local, _) = RunVersion();
        Assert.Equal(JTokenType.Null, local["branch"]!.Type);
        Assert.Equal($"1.0.1-alpha.1+{head.Sha[..7]}", (string)local["version"]!);

        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        Environment.SetEnvironmentVariable("GITHUB_REF_NAME", "release/1.0");
        try
        {
            var (onCi, _) = RunVersion();
            Assert.Equal("release/1.0", (string)onCi["branch"]!);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);
            Environment.SetEnvironmentVariable("GITHUB_REF_NAME", null);
        }
    }

    [Fact]
    public void Should_Count_Every_Commit_When_There_Is_No_Tag()
    {
        using var git = new ScratchGitRepository(_fixture.Root);
        var head = git.Commits(4);

        var (version, _) = RunVersion();

        Assert.Equal($"0.1.0-alpha.4+{head.Sha[..7]}", (string)version["version"]!);
    }

    [Fact]
    public void Should_Pass_Over_A_Tag_That_Names_No_Version_With_A_Warning()
    {
        using var git = new ScratchGitRepository(_fixture.Root);
        git.Commits(1);
        git.Tag("v1.2.0");
        git.Commits(1);
        git.Tag("v1.x");
        var head = git.Commits(1);

        var (version, output) = RunVersion();

        Assert.Equal($"1.2.1-alpha.2+{head.Sha[..7]}", (string)version["version"]!);
        Assert.Contains("git tag 'v1.x' does not name a version (vX.Y.Z or X.Y.Z) and was passed over.", output);
    }

    [Fact]
    public void Should_Fall_Back_To_Local_With_A_Warning_Without_A_Repository()
    {
        var (version, output) = RunVersion();

        Assert.Equal("0.0.0-local", (string)version["version"]!);
        Assert.Contains("is not in a git repository: the version is 0.0.0-local.", output);
    }

    [Fact]
    public void Should_Warn_And_Not_Crash_On_A_Corrupt_Git_Folder()
    {
        Directory.CreateDirectory(Path.Combine(_fixture.Root, ".git"));
        File.WriteAllText(Path.Combine(_fixture.Root, ".git", "HEAD"), "garbage");

        var (version, output) = RunVersion();

        Assert.Equal("0.0.0-local", (string)version["version"]!);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public void Should_Let_The_Override_Win_And_Refuse_One_That_Is_Not_SemVer()
    {
        using var git = new ScratchGitRepository(_fixture.Root);
        git.Commits(1);

        var (version, _) = RunVersion("--version-override=3.0.0-rc.2");
        Assert.Equal("3.0.0-rc.2", (string)version["version"]!);

        var (exitCode, output) = _fixture.Run("--target=Version", "--exclusive", "--version-override=3.x");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("--version-override: '3.x' is not a SemVer version.", output);
    }
}
