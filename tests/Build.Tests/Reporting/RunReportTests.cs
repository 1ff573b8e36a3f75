using System.Text.RegularExpressions;
using Qte.Build.Tests.Fixtures;

namespace Qte.Build.Tests.Reporting;

/// <summary>The report a real host run writes: a kept page per run, the latest page with the index, a failure said first.</summary>
public sealed partial class RunReportTests
{
    [Fact]
    public void Should_Keep_The_Earlier_Runs_Page_And_Say_First_Why_The_Latest_Failed()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(20));

        var passed = RunAs("gh-1", () => fixture.Run("--target=Timing", "--exclusive"));
        var failed = RunAs("gh-2", () => fixture.Run("--target=Timing", "--exclusive", "--time-budget=10"));

        Assert.Equal(0, passed.ExitCode);
        Assert.NotEqual(0, failed.ExitCode);
        var latest = File.ReadAllText(fixture.Artifact("report/index.html"));
        Assert.StartsWith("Failed: task Timing failed: The run took 20.0 s, over its time budget of 10.0 s by 10.0 s (200 %). Slowest tasks:", FirstVerdict(latest), StringComparison.Ordinal);
        Assert.Equal(["../history/reports/gh-2-1/index.html", "../history/reports/gh-1-1/index.html"], IndexLinks(latest));
        var earlier = File.ReadAllText(fixture.Artifact("history/reports/gh-1-1/index.html"));
        Assert.StartsWith("Succeeded: Timing ran 1 task in 20.0 s", FirstVerdict(earlier), StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../../report/index.html\">", earlier);
    }

    [Fact]
    public void Should_Say_A_Run_Failed_On_Its_Budget_When_No_Task_Failed()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(250));

        var (exitCode, _) = RunAs("gh-3", () => fixture.Run("--target=Version", "--exclusive"));

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("Failed: The run took 250.0 s, over its time budget of 200.0 s by 50.0 s (125 %).", FirstVerdict(File.ReadAllText(fixture.Artifact("report/index.html"))), StringComparison.Ordinal);
        Assert.Contains("\"result\":\"failed\"", File.ReadAllText(fixture.Artifact("history/runs.jsonl")));
    }

    [Fact]
    public void Should_Keep_Only_As_Many_Pages_As_Reports_Kept_Says()
    {
        using var fixture = new BuildHostFixture().WithElapsed(TimeSpan.FromSeconds(20));

        RunAs("gh-4", () => fixture.Run("--target=Timing", "--exclusive", "--reports-kept=1"));
        Thread.Sleep(20);
        RunAs("gh-5", () => fixture.Run("--target=Timing", "--exclusive", "--reports-kept=1"));

        Assert.Equal(["gh-5-1"], Directory.GetDirectories(fixture.Artifact("history/reports")).Select(Path.GetFileName));
        Assert.Equal(["../history/reports/gh-5-1/index.html"], IndexLinks(File.ReadAllText(fixture.Artifact("report/index.html"))));
    }

    // Each run in this process has the same local run id; a CI run id tells them apart.
    private static (int ExitCode, string Output) RunAs(string runId, Func<(int, string)> run)
    {
        Environment.SetEnvironmentVariable("GITHUB_RUN_ID", runId[3..]);
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_RUN_ID", null);
        }
    }

    private static string FirstVerdict(string html) => Verdict().Match(html).Groups[1].Value;

    private static string[] IndexLinks(string html) => [.. IndexLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<p class=\"verdict [a-z]+\">([^<]+)</p>")]
    private static partial Regex Verdict();

    [GeneratedRegex("<td><a href=\"([^\"]+)\">")]
    private static partial Regex IndexLink();
}
