using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Dependencies;

namespace Qte.Pipeline.Tests.Quality.Dependencies;

public sealed class DependenciesGateTests
{
    private static readonly DependenciesGateSettings Settings = new(GateSwitch.On, 0, 0, 1);

    private static DependencyScan Scan(PackageIssueKind kind, params string[] packages) =>
        new(kind, packages.Select(p => new PackageIssue(kind, "src/App/App.csproj", p, "1.0.0", "why")).ToList(), null);

    [Fact]
    public void Should_Pass_When_Every_Scan_Answered_Within_Its_Maximum() =>
        Assert.Equal(
            GateVerdict.Pass,
            DependenciesGate.Evaluate([Scan(PackageIssueKind.Vulnerable), Scan(PackageIssueKind.Deprecated), Scan(PackageIssueKind.Outdated, "Old")], Settings).Verdict);

    [Fact]
    public void Should_Be_Unknown_Never_Pass_When_The_Source_Cannot_Say()
    {
        var result = DependenciesGate.Evaluate(
            [DependencyScan.Unknown(PackageIssueKind.Vulnerable, "https://feed/index.json publishes no vulnerability data"), Scan(PackageIssueKind.Outdated)],
            Settings);

        Assert.Equal(GateVerdict.Unknown, result.Verdict);
        Assert.Equal("vulnerable: unknown, outdated: 0 package(s)", result.Measured);
        Assert.Contains("vulnerable: unknown: https://feed/index.json publishes no vulnerability data", result.Findings);
    }

    [Fact]
    public void Should_Fail_Over_A_Maximum_Counting_A_Package_Once_Across_Projects()
    {
        var outdated = new DependencyScan(
            PackageIssueKind.Outdated,
            [
                new(PackageIssueKind.Outdated, "src/A/A.csproj", "xunit", "2.9.3", "latest 3.0.0"),
                new(PackageIssueKind.Outdated, "src/B/B.csproj", "xunit", "2.9.3", "latest 3.0.0"),
                new(PackageIssueKind.Outdated, "src/B/B.csproj", "Moq", "4.0.0", "latest 5.0.0"),
            ],
            null);

        var result = DependenciesGate.Evaluate([DependencyScan.Unknown(PackageIssueKind.Vulnerable, "no data"), outdated], Settings);

        Assert.Equal(GateVerdict.Fail, result.Verdict);
        Assert.Contains("outdated: 2", result.Measured);
        Assert.Contains("outdated: xunit 2.9.3 in src/A/A.csproj (latest 3.0.0)", result.Findings);
    }
}
