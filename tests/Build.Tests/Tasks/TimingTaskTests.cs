using Newtonsoft.Json.Linq;
using Qte.Build.Tests.Fixtures;

namespace Qte.Build.Tests.Tasks;

public sealed class TimingTaskTests
{
    [Fact]
    public void Should_Fail_The_Run_With_The_Timing_Message_When_Over_Budget()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(250));

        var (exitCode, output) = fixture.Run("--target=Timing", "--exclusive");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("The run took 250.0 s, over its time budget of 200.0 s by 50.0 s (125 %).", output);
        var timing = JObject.Parse(File.ReadAllText(fixture.Artifact("timing/timing.json")));
        Assert.Equal("OverBudget", (string)timing["verdict"]!);
    }

    [Fact]
    public void Should_Warn_But_Pass_At_80_Percent_Of_The_Budget()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(85));

        var (exitCode, output) = fixture.Run("--target=Timing", "--exclusive", "--time-budget=100");

        Assert.Equal(0, exitCode);
        Assert.Contains("The run took 85.0 s, 85 % of its time budget of 100.0 s (a warning is given from 80 %).", output);
        Assert.True(File.Exists(fixture.Artifact("timing/timing.md")));
    }

    [Fact]
    public void Should_Pass_Within_The_Budget_And_List_Its_Files_In_The_Manifest()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(20));

        var (exitCode, output) = fixture.Run("--target=Timing", "--exclusive");

        Assert.Equal(0, exitCode);
        Assert.Contains("The run took 20.0 s, 10 % of its time budget of 200.0 s.", output);
        var manifest = JObject.Parse(File.ReadAllText(fixture.Artifact("manifest.json")));
        Assert.Equal(
            ["earlier.txt", "history/reports/<run>/index.html", "history/runs.jsonl", "report/index.html", "report/summary.md", "timing/timing.json", "timing/timing.md"],
            ((JArray)manifest["files"]!).Select(f => System.Text.RegularExpressions.Regex.Replace((string)f["path"]!, "^history/reports/[^/]+/", "history/reports/<run>/")));
    }

    [Fact]
    public void Should_Compare_A_Run_With_The_Ones_Before_It_In_The_History()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(20));

        var first = fixture.Run("--target=Timing", "--exclusive");
        var second = fixture.Run("--target=Timing", "--exclusive");

        // Cake colours a message's arguments: the colours are taken out before reading it.
        string Plain(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\x1b\[[0-9;]*m", string.Empty);
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("Trend against none: no earlier successful Timing run", Plain(first.Output));
        Assert.Contains("Trend against median of the last 1 successful Timing run(s): success rate 2 of 2 recent Timing runs", Plain(second.Output));
        Assert.Equal(2, File.ReadAllLines(fixture.Artifact("history/runs.jsonl")).Length);
        Assert.Contains("data-section=\"trend\"", File.ReadAllText(fixture.Artifact("report/index.html")));
    }

    [Fact]
    public void Should_Take_The_Budget_From_The_Environment_When_Not_On_The_Command_Line()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(20));
        Environment.SetEnvironmentVariable("QTE_TIME_BUDGET", "10");
        try
        {
            var (exitCode, output) = fixture.Run("--target=Timing", "--exclusive");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("over its time budget of 10.0 s", output);
        }
        finally
        {
            Environment.SetEnvironmentVariable("QTE_TIME_BUDGET", null);
        }
    }

    [Fact]
    public void Should_Append_The_Table_To_The_Job_Summary_On_GitHub_Actions()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(20));
        var summary = Path.Combine(fixture.Root, "step-summary.md");
        File.WriteAllText(summary, "earlier steps\n");
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            var (exitCode, output) = fixture.Run("--target=Timing", "--exclusive");

            Assert.True(exitCode == 0, output);
            var text = File.ReadAllText(summary);
            Assert.StartsWith("earlier steps", text);
            Assert.Contains("| Task | Duration (s) | Share of budget | Outcome |", text);
            Assert.Contains("| **Wall time** | **20.0** | **10 %** | WithinBudget |", text);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }
    }

    [Fact]
    public void Should_Fail_A_Run_Of_Any_Target_Over_Its_Budget_With_The_Same_Message()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(250));

        var (exitCode, output) = fixture.Run("--target=Version", "--exclusive");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("The run took 250.0 s, over its time budget of 200.0 s by 50.0 s (125 %).", output);
    }

    [Fact]
    public void Should_Give_A_Benchmark_Target_Its_Own_Budget_Unless_The_Run_Sets_One()
    {
        Assert.Equal(TimeSpan.FromSeconds(1800), BenchmarkBudgets.For("CanaryBench", Qte.Pipeline.Timing.TimeBudget.Default, givenForThisRun: false).Limit);
        Assert.Equal(TimeSpan.FromSeconds(200), BenchmarkBudgets.For("CanaryBench", Qte.Pipeline.Timing.TimeBudget.Default, givenForThisRun: true).Limit);
        Assert.Equal(TimeSpan.FromSeconds(200), BenchmarkBudgets.For("Build", Qte.Pipeline.Timing.TimeBudget.Default, givenForThisRun: false).Limit);
    }

    [Fact]
    public void Should_Add_The_Swarm_Allowance_To_The_Pipelines_Budget_Unless_The_Run_Sets_One()
    {
        Assert.Equal(TimeSpan.FromSeconds(350), BenchmarkBudgets.For("Stage4v4", Qte.Pipeline.Timing.TimeBudget.Default, givenForThisRun: false, swarm: true).Limit);
        Assert.Equal(TimeSpan.FromSeconds(200), BenchmarkBudgets.For("Stage4v4", Qte.Pipeline.Timing.TimeBudget.Default, givenForThisRun: true, swarm: true).Limit);
        Assert.Equal(TimeSpan.FromSeconds(1200), BenchmarkBudgets.For("DeliveryBench", Qte.Pipeline.Timing.TimeBudget.Default, givenForThisRun: false, swarm: true).Limit);
    }

    [Fact]
    public void Should_Write_Nothing_In_A_Dry_Run()
    {
        using var fixture = new BuildHostFixture();
        var before = Directory.GetFiles(fixture.Artifact(string.Empty), "*", SearchOption.AllDirectories);

        var (exitCode, output) = fixture.Run("--target=Timing", "--dryrun");

        Assert.True(exitCode == 0, output);
        Assert.Contains("No tasks were actually executed.", output);
        Assert.Equal(before, Directory.GetFiles(fixture.Artifact(string.Empty), "*", SearchOption.AllDirectories));
    }
}
