using Qte.Pipeline.Versioning;

namespace Qte.Pipeline.Tests.Versioning;

public sealed class VersionCalculatorTests
{
    private const string Sha = "abc1234def5678abc1234def5678abc1234def56";

    private static RepositoryFacts At(string tag, int commitsSince, bool dirty = false) => new()
    {
        Sha = Sha,
        Branch = "main",
        Dirty = dirty,
        NearestTag = new VersionTagDistance(tag, VersionTag.Parse(tag)!, commitsSince),
    };

    [Fact]
    public void Should_Give_The_Tags_Version_On_A_Clean_Tagged_Commit()
    {
        var version = VersionCalculator.Compute(At("v1.4.0", 0), null, "/repo");

        Assert.Equal("1.4.0", version.InformationalVersion);
        Assert.Equal("1.4.0", version.PackageVersion);
        Assert.Equal("1.4.0.0", version.AssemblyVersion);
        Assert.Equal("1.4.0.0", version.FileVersion);
        Assert.Empty(version.Warnings);
    }

    [Fact]
    public void Should_Give_The_Next_Patch_As_An_Alpha_Past_A_Tag()
    {
        var version = VersionCalculator.Compute(At("v1.4.0", 3), null, "/repo");

        Assert.Equal("1.4.1-alpha.3+abc1234", version.InformationalVersion);
        Assert.Equal("1.4.1-alpha.3", version.PackageVersion);
        Assert.Equal("1.4.0.0", version.AssemblyVersion);
        Assert.Equal("1.4.1.3", version.FileVersion);
        Assert.Equal("3 commits past tag v1.4.0", version.Source);
    }

    [Fact]
    public void Should_Continue_A_PreRelease_Past_A_PreRelease_Tag() =>
        Assert.Equal("2.0.0-rc.1.2+abc1234", VersionCalculator.Compute(At("v2.0.0-rc.1", 2), null, "/repo").InformationalVersion);

    [Fact]
    public void Should_Mark_A_Dirty_Tree_Even_On_The_Tag() =>
        Assert.Equal("1.4.1-alpha.0+abc1234.dirty", VersionCalculator.Compute(At("v1.4.0", 0, dirty: true), null, "/repo").InformationalVersion);

    [Fact]
    public void Should_Count_All_Commits_When_No_Tag_Names_A_Version()
    {
        var facts = new RepositoryFacts { Sha = Sha, CommitCount = 7, IgnoredTags = ["v1.x"] };

        var version = VersionCalculator.Compute(facts, null, "/repo");

        Assert.Equal("0.1.0-alpha.7+abc1234", version.InformationalVersion);
        Assert.Contains("git tag 'v1.x' does not name a version (vX.Y.Z or X.Y.Z) and was passed over.", version.Warnings);
    }

    [Fact]
    public void Should_Fall_Back_To_Local_With_A_Warning_Without_A_Repository()
    {
        var version = VersionCalculator.Compute(RepositoryFacts.NoRepository, null, "/somewhere");

        Assert.Equal("0.0.0-local", version.InformationalVersion);
        Assert.Contains("'/somewhere' is not in a git repository", Assert.Single(version.Warnings));
    }

    [Fact]
    public void Should_Warn_That_A_Shallow_Clone_May_Miss_Its_Tag() =>
        Assert.Contains(
            VersionCalculator.Compute(At("v1.4.0", 1) with { Shallow = true }, null, "/repo").Warnings,
            w => w.Contains("shallow", StringComparison.Ordinal));

    [Fact]
    public void Should_Let_The_Override_Win()
    {
        Assert.True(SemanticVersion.TryParse("9.9.9-hotfix.1", out var forced));

        var version = VersionCalculator.Compute(At("v1.4.0", 3), forced, "/repo");

        Assert.Equal("9.9.9-hotfix.1", version.InformationalVersion);
        Assert.Equal("--version-override", version.Source);
    }
}
