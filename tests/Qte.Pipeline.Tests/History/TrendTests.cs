using Qte.Pipeline.History;
using static Qte.Pipeline.Tests.History.RunHistoryTests;

namespace Qte.Pipeline.Tests.History;

public sealed class TrendTests
{
    private static readonly TrendSettings Defaults = new();

    [Fact]
    public void Should_Compare_Each_Task_With_The_Median_Of_The_Last_Five_Successful_Runs_Of_The_Target()
    {
        RunRecord[] history =
        [
            Run("old", 500, tasks: ("Test", 500)),
            .. new[] { 60.0, 62, 58, 61, 59 }.Select((t, i) => Run($"r{i}", t + 40, tasks: [("Build", 40), ("Test", t)])),
            Run("failed", 10, "failed", tasks: ("Test", 5)),
            Run("other", 10, target: "Stage1A", tasks: ("Test", 1)),
        ];

        var trend = Trend.Analyze(history, Run("now", 130, tasks: [("Build", 42), ("Test", 80)]), Defaults);

        Assert.Equal("median of the last 5 successful Default run(s)", trend.Baseline);
        var test = trend.Rows.Single(r => r.Task == "Test");
        Assert.Equal((80.0, 60.0, 20.0), (test.Seconds, test.BaselineSeconds!.Value, test.DeltaSeconds!.Value));
        Assert.Equal(33.3, test.DeltaPercent!.Value, 1);
        Assert.True(test.Regression);
        Assert.False(trend.Rows.Single(r => r.Task == "Build").Regression);
        Assert.Equal(["Test", Trend.Total], trend.Regressions.Select(r => r.Task));
        Assert.Equal((8, 7), (trend.Runs, trend.Successes));
        Assert.Equal(70, trend.BudgetMarginSeconds);
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(66, false)]
    [InlineData(73, true)]
    public void Should_Flag_Only_A_Task_Beyond_Both_Tolerances(double seconds, bool regression)
    {
        // Baseline 60 s: 64 s is within 5 s; 66 s is 6 s but 10 %; 73 s is 13 s and 22 %.
        var trend = Trend.Analyze([Run("base", 60, tasks: ("Test", 60))], Run("now", seconds, tasks: ("Test", seconds)), Defaults);

        Assert.Equal(regression, trend.Rows.Single(r => r.Task == "Test").Regression);
    }

    [Fact]
    public void Should_Compare_With_A_Chosen_Run_And_Refuse_An_Unknown_One()
    {
        RunRecord[] history = [Run("a", 100, tasks: ("Test", 50)), Run("b", 100, tasks: ("Test", 70))];

        var trend = Trend.Analyze(history, Run("now", 100, tasks: ("Test", 60)), Defaults with { BaselineRun = "a" });
        var error = Assert.Throws<ArgumentException>(() => Trend.Analyze(history, Run("now", 1), Defaults with { BaselineRun = "zz" }));

        Assert.Equal("run a", trend.Baseline);
        Assert.Equal(10, trend.Rows.Single(r => r.Task == "Test").DeltaSeconds);
        Assert.StartsWith("--baseline-run: 'zz' is not a run in the history. Known runs: a, b.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Say_There_Is_No_Baseline_For_A_First_Run()
    {
        var trend = Trend.Analyze([], Run("now", 100, tasks: ("Test", 60)), Defaults);

        Assert.Equal("none: no earlier successful Default run", trend.Baseline);
        Assert.All(trend.Rows, r => Assert.Null(r.BaselineSeconds));
        Assert.Equal((1, 1), (trend.Runs, trend.Successes));
    }
}
