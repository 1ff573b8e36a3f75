using Qte.Build.Tests.Fixtures;

namespace Qte.Build.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("--time-budget=abc", "--time-budget: 'abc' is not a number of seconds. Allowed: a whole number of seconds greater than 0, e.g. 200.")]
    [InlineData("--time-budget=0", "--time-budget: 0 is not a usable time budget. Allowed: a whole number of seconds greater than 0, e.g. 200.")]
    [InlineData("--time-budget=-5", "--time-budget: -5 is not a usable time budget. Allowed: a whole number of seconds greater than 0, e.g. 200.")]
    [InlineData("--configuration=Fast", "--configuration: 'Fast' is not a build configuration. Allowed: Release, Debug.")]
    [InlineData("--reports-kept=0", "--reports-kept: '0' is not a number of report pages to keep. Allowed: a whole number from 1 to 10000.")]
    [InlineData("--coverage-line=101", "--coverage-line: '101' is not a percentage. Allowed: a number from 0 to 100, e.g. 80.")]
    public void Should_Refuse_A_Bad_Option_Before_Any_Task_Runs(string option, string message)
    {
        using var fixture = new BuildHostFixture();

        var (exitCode, output) = fixture.Run("--target=Default", option);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output);
        Assert.True(File.Exists(fixture.KeptFile), "The bad run deleted artifacts.");
        Assert.False(File.Exists(fixture.Artifact("manifest.json")), "The bad run wrote artifacts.");
    }

    [Fact]
    public void Should_Name_The_Key_If_A_Quality_Threshold_Is_Out_Of_Range()
    {
        using var fixture = new BuildHostFixture();
        Directory.CreateDirectory(Path.Combine(fixture.Root, "build", "config"));
        File.WriteAllText(Path.Combine(fixture.Root, "build", "config", "quality.json"), """{ "coverage": { "branch": -1 } }""");

        var (exitCode, output) = fixture.Run("--target=Default");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("build/config/quality.json: 'coverage.branch' is -1. Allowed: a number from 0 to 100.", output);
        Assert.True(File.Exists(fixture.KeptFile));
    }

    [Fact]
    public void Should_Name_The_Key_If_The_Config_File_Is_Bad()
    {
        using var fixture = new BuildHostFixture();
        Directory.CreateDirectory(Path.Combine(fixture.Root, "build", "config"));
        File.WriteAllText(Path.Combine(fixture.Root, "build", "config", "build.json"), """{ "timeBudgetSeconds": "soon" }""");

        var (exitCode, output) = fixture.Run("--target=Default");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("build/config/build.json: timeBudgetSeconds: 'soon' is not a number of seconds.", output);
        Assert.True(File.Exists(fixture.KeptFile));
    }

    [Fact]
    public void Should_List_The_Tasks_If_The_Target_Is_Unknown()
    {
        using var fixture = new BuildHostFixture();

        var (exitCode, output) = fixture.Run("--target=Nope");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(
            "--target: the target 'Nope' was not found. Available tasks: ABAnalyze, AffectedTests, Build, BuildInfo, CanaryBench, CiReport, Clean, ClusterDown, ClusterUp, Coverage, Default, DeliveryBench, " +
            "Deploy, DockerImage, DockerPush, Down, EnvironmentConfig, LoadBench, Monitoring, Package, Promote, Publish, Quality, Restart, Restore, Rollback, Scale, Stage1A, Stage1B, " +
            "Stage2A, Stage2B, Stage3v1, Stage3v2, Stage3v3, Stage3v4, Stage4v1, Stage4v2, Stage4v3, Stage4v4, Status, Test, Timing, Version.",
            System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " "));
        Assert.True(File.Exists(fixture.KeptFile));
    }

    [Fact]
    public void Should_Refuse_A_Working_Directory_That_Is_Not_The_Repository_Root()
    {
        using var fixture = new BuildHostFixture();
        File.Delete(Path.Combine(fixture.Root, BuildPaths.SolutionFileName));

        var (exitCode, output) = fixture.Run("--target=Default");

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"--working: '{fixture.Root}' holds no QteBuild.slnx.", output);
    }

    [Fact]
    public void Should_Refuse_An_Unknown_Deploy_Target_Naming_The_Allowed_Ones()
    {
        using var fixture = new BuildHostFixture();

        var (exitCode, output) = fixture.Run("--target=Version", "--deploy-target=kubernetes");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--deploy-target: 'kubernetes' is not a deploy target. Allowed: process (local processes), docker (containers), swarm (Docker Swarm services).", output);
        Assert.False(File.Exists(fixture.Artifact("version.json")));
    }

    [Theory]
    [InlineData("Scale")]
    [InlineData("Restart")]
    public void Should_Refuse_To_Change_Replicas_In_Place_Without_The_Swarm_Target(string target)
    {
        using var fixture = new BuildHostFixture();

        var (exitCode, output) = fixture.Run($"--target={target}", "--environment=staging");

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"--target={target}: changes the replicas of a Swarm service's slot in place; add --deploy-target=swarm", output);
        Assert.False(Directory.Exists(fixture.Artifact("deploy")));
    }

    [Fact]
    public void Should_Stop_Before_Any_Task_In_One_Line_When_Docker_Is_Asked_For_And_No_Engine_Answers()
    {
        using var fixture = new BuildHostFixture();
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        Environment.SetEnvironmentVariable("DOCKER_HOST", "unix:///nonexistent/docker.sock");
        try
        {
            var (exitCode, output) = fixture.Run("--target=Version", "--deploy-target=docker");

            Assert.NotEqual(0, exitCode);
            var error = Assert.Single(output.Split('\n'), line => line.Contains("Error:", StringComparison.Ordinal));
            Assert.Matches("--deploy-target=docker: (no Docker engine answers the docker CLI|the docker CLI is not installed).*Start an engine", error);
            Assert.False(File.Exists(fixture.Artifact("version.json")));
            Assert.True(File.Exists(fixture.KeptFile));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", dockerHost);
        }
    }

    [Theory]
    [InlineData("environments/staging.json", "\"publicPort\": 18081", "\"publicPort\": \"x\"", "build/config/environments/staging.json: 'publicPort' is \"x\". Allowed: a whole number from 1024 to 65535.")]
    [InlineData("environments/production.json", "\"strategy\": \"canary\",", "\"strategy\": \"canary\", \"canary\": { \"steps\": [50, 10] },", "'canary.steps' is [50,10]. Allowed: a list of percentages from 1 to 100, increasing, ending at 100.")]
    [InlineData("experiments/checkout-flow.json", "\"variant_b\": 25 }", "\"variant_b\": 20 }", "build/config/experiments/checkout-flow.json: traffic_split sums to 95. Allowed:")]
    public void Should_Refuse_A_Bad_Value_In_Any_Config_File_Before_Any_Task_Runs(string file, string good, string bad, string message)
    {
        using var fixture = new BuildHostFixture();
        var config = Path.Combine(fixture.Root, "build", "config");
        CopyDirectory(Path.Combine(RepositoryRoot(), "build", "config"), config);
        var path = Path.Combine(config, file);
        var text = File.ReadAllText(path);
        Assert.Contains(good, text);
        File.WriteAllText(path, text.Replace(good, bad, StringComparison.Ordinal));

        // The target deploys none of these files: every one is checked all the same.
        var (exitCode, output) = fixture.Run("--target=Version", "--exclusive");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, System.Text.RegularExpressions.Regex.Replace(output, "\\s+", " "));
        Assert.False(File.Exists(fixture.Artifact("manifest.json")), "The bad run wrote artifacts.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, BuildPaths.SolutionFileName)))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
