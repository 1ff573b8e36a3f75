using Newtonsoft.Json.Linq;
using Qte.Build.Tests.Fixtures;

namespace Qte.Build.Tests.Tasks;

public sealed class CiReportTaskTests
{
    [Fact]
    public void Should_Give_GitHub_Actions_The_Version_And_Restore_Cache_Key_As_Outputs()
    {
        using var fixture = new BuildHostFixture();
        using var git = new ScratchGitRepository(fixture.Root);
        File.WriteAllText(Path.Combine(fixture.Root, "global.json"), "{}");
        var head = git.Commits(1);
        git.Tag("v0.3.0");
        var outputs = Path.Combine(fixture.Root, "artifacts", "github-output.txt");
        var summary = Path.Combine(fixture.Root, "artifacts", "step-summary.md");
        File.WriteAllText(outputs, string.Empty);
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        Environment.SetEnvironmentVariable("GITHUB_OUTPUT", outputs);
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        Environment.SetEnvironmentVariable("GITHUB_RUN_ID", "987654");
        Environment.SetEnvironmentVariable("GITHUB_RUN_NUMBER", "42");
        fixture.PlantPublishedApps("0.3.0");
        try
        {
            var (exitCode, output) = fixture.Run("--target=Version", "--target=BuildInfo", "--target=CiReport", "--exclusive");

            Assert.True(exitCode == 0, output);
            var written = File.ReadAllText(outputs);
            Assert.Contains("version", written);
            Assert.Contains("0.3.0", written);
            Assert.Contains("restore-cache-key", written);
            Assert.Contains("nuget-", written);
            Assert.Contains("## QTE Build 0.3.0", File.ReadAllText(summary));

            var info = JObject.Parse(File.ReadAllText(fixture.Artifact("build-info.json")));
            Assert.Equal("0.3.0", (string)info["version"]!);
            Assert.Equal(head.Sha, (string)info["commit"]!);
            Assert.Equal("GitHubActions", (string)info["ci"]!["provider"]!);
            Assert.Equal("987654", (string)info["ci"]!["runId"]!);
            Assert.Equal("42", (string)info["ci"]!["runNumber"]!);
            Assert.False(string.IsNullOrEmpty((string?)info["sdkVersion"]));
            Assert.Equal("0.3.0", (string)info["assemblies"]!["service/Qte.Service.dll"]!);
            Assert.Equal("0.3.0", (string)info["assemblies"]!["router/Qte.Router.dll"]!);
        }
        finally
        {
            foreach (var name in new[] { "GITHUB_ACTIONS", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER" })
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public void Should_Print_The_Outputs_Locally_Without_Failing_For_Missing_CI_Variables()
    {
        using var fixture = new BuildHostFixture();
        fixture.PlantPublishedApps("0.0.0-local");

        var (exitCode, output) = fixture.Run("--target=Version", "--target=BuildInfo", "--target=CiReport", "--exclusive");

        Assert.True(exitCode == 0, output);
        var plain = System.Text.RegularExpressions.Regex.Replace(output, "\u001b\\[[0-9;]*m", string.Empty);
        Assert.Contains("Output version=0.0.0-local", plain);
        Assert.Contains("Output restore-cache-key=nuget-", plain);
        var info = JObject.Parse(File.ReadAllText(fixture.Artifact("build-info.json")));
        Assert.Equal("Local", (string)info["ci"]!["provider"]!);
    }

    [Fact]
    public void Should_Fail_BuildInfo_Naming_A_Shipped_Assembly_That_Is_Missing()
    {
        using var fixture = new BuildHostFixture();
        fixture.PlantPublishedApps("0.0.0-local", withService: false);

        var (exitCode, output) = fixture.Run("--target=Version", "--target=BuildInfo", "--exclusive");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Qte.Service.dll is missing from", output);
    }

    [Fact]
    public void Should_Fail_BuildInfo_Naming_A_Shipped_Assembly_Without_The_Version()
    {
        using var fixture = new BuildHostFixture();
        fixture.PlantPublishedApps("9.9.9");

        var (exitCode, output) = fixture.Run("--target=Version", "--target=BuildInfo", "--exclusive");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("service/Qte.Service.dll has '9.9.9'", output);
    }
}
