using Qte.Pipeline.Testing;

namespace Qte.Pipeline.Tests.Testing;

public sealed class TestRunSummaryTests
{
    [Fact]
    public void Should_Add_Up_Counts_And_Failures_When_Combined()
    {
        var first = new TestRunSummary(3, 1, 0, [new TestFailure("A", "broke")]);
        var second = new TestRunSummary(2, 1, 4, [new TestFailure("B", "also broke")]);

        var total = TestRunSummary.Combine([first, TestRunSummary.Empty, second]);

        Assert.Equal((5, 2, 4, 11), (total.Passed, total.Failed, total.Skipped, total.Total));
        Assert.Equal(["A", "B"], total.Failures.Select(f => f.Test));
    }

    [Fact]
    public void Should_Write_The_Totals_In_The_Form_CI_Runners_Read() =>
        Assert.Equal("12 passed, 0 failed, 1 skipped", new TestRunSummary(12, 0, 1, []).TotalsLine);
}
