using Qte.Pipeline.Timing;

namespace Qte.Pipeline.Tests.Timing;

public sealed class TimingReportTests
{
    private static readonly TimeBudget Budget = new(TimeSpan.FromSeconds(200));

    private static readonly TaskTiming[] Tasks =
    [
        new("Test", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(40), TaskOutcome.Succeeded),
        new("Clean", TimeSpan.Zero, TimeSpan.FromSeconds(1), TaskOutcome.Succeeded),
        new("Restore", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9), TaskOutcome.Succeeded),
        new("Build", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TaskOutcome.Succeeded),
        new("Skipped", TimeSpan.FromSeconds(70), TimeSpan.FromSeconds(99), TaskOutcome.Skipped),
    ];

    private static TimingReport Report(double wallSeconds) =>
        TimingReport.Create(Tasks, TimeSpan.FromSeconds(wallSeconds), Budget);

    public sealed class TheVerdict
    {
        [Theory]
        [InlineData(0, BudgetVerdict.WithinBudget)]
        [InlineData(159.9, BudgetVerdict.WithinBudget)]
        [InlineData(160, BudgetVerdict.NearBudget)]
        [InlineData(200, BudgetVerdict.NearBudget)]
        [InlineData(200.1, BudgetVerdict.OverBudget)]
        [InlineData(1000, BudgetVerdict.OverBudget)]
        public void Should_Warn_From_80_Percent_And_Fail_Past_The_Budget(double wallSeconds, BudgetVerdict expected) =>
            Assert.Equal(expected, Report(wallSeconds).Verdict);
    }

    public sealed class TheMessage
    {
        [Fact]
        public void Should_Say_By_How_Much_And_Name_The_Slowest_Tasks_When_Over_Budget()
        {
            var message = Report(215.25).Message;

            Assert.Equal(
                "The run took 215.3 s, over its time budget of 200.0 s by 15.3 s (108 %). " +
                "Slowest tasks: Test 40.0 s, Build 20.0 s, Restore 9.0 s. " +
                "Make them faster, or raise the budget with --time-budget=SECONDS.",
                message);
        }

        [Fact]
        public void Should_Give_The_Share_And_The_Warning_Threshold_When_Near_The_Budget()
        {
            var message = Report(170).Message;

            Assert.Equal(
                "The run took 170.0 s, 85 % of its time budget of 200.0 s (a warning is given from 80 %). " +
                "Slowest tasks: Test 40.0 s, Build 20.0 s, Restore 9.0 s.",
                message);
        }

        [Fact]
        public void Should_Give_The_Share_When_Within_The_Budget() =>
            Assert.Equal("The run took 50.0 s, 25 % of its time budget of 200.0 s.", Report(50).Message);
    }

    public sealed class TheCreateMethod
    {
        [Fact]
        public void Should_Order_Tasks_By_Start() =>
            Assert.Equal(["Clean", "Restore", "Build", "Test", "Skipped"], Report(80).Tasks.Select(t => t.Task));

        [Fact]
        public void Should_Throw_If_Wall_Time_Is_Negative() =>
            Assert.Throws<ArgumentOutOfRangeException>(() => Report(-1));
    }

    public sealed class TheShareOfBudgetMethod
    {
        [Fact]
        public void Should_Divide_The_Duration_By_The_Budget()
        {
            var report = Report(80);

            Assert.Equal(0.2, report.ShareOfBudget(report.Tasks.Single(t => t.Task == "Test")), precision: 10);
            Assert.Equal(0.4, report.BudgetShare, precision: 10);
        }
    }
}
