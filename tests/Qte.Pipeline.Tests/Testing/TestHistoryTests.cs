using Qte.Pipeline.Testing;

namespace Qte.Pipeline.Tests.Testing;

public sealed class TestHistoryTests : IDisposable
{
    private readonly TemporaryDirectory _history = new();

    public void Dispose() => _history.Dispose();

    private void Append(int run, params (string Test, string Outcome)[] outcomes) =>
        TestHistory.Append(_history.Path, $"run-{run}", DateTimeOffset.UnixEpoch.AddDays(run), outcomes.ToDictionary(o => o.Test, o => o.Outcome));

    [Fact]
    public void Should_Keep_One_Line_Per_Run_And_Read_The_Last_Ones_Oldest_First()
    {
        Append(1, ("A", "passed"));
        Append(2, ("A", "failed"));
        Append(3, ("A", "passed"), ("B", "skipped"));

        var last = TestHistory.ReadLast(_history.Path, 2);

        Assert.Equal(3, File.ReadAllLines(Path.Combine(_history.Path, TestHistory.FileName)).Length);
        Assert.Equal(["failed", "passed"], last.Select(r => r["A"]));
    }

    [Fact]
    public void Should_Skip_A_Corrupt_Line()
    {
        Append(1, ("A", "passed"));
        File.AppendAllText(Path.Combine(_history.Path, TestHistory.FileName), "{\"run\":\"cut off\",\"outco\n");
        Append(2, ("A", "failed"));

        Assert.Equal(2, TestHistory.ReadLast(_history.Path, 10).Count);
    }

    [Fact]
    public void Should_List_Tests_That_Flipped_Or_Were_Flaky_But_Not_Steady_Or_Skipped_Ones()
    {
        Append(1, ("Steady", "passed"), ("Flips", "passed"), ("Flaky", "passed"), ("Skips", "skipped"));
        Append(2, ("Steady", "passed"), ("Flips", "failed"), ("Flaky", "flaky"), ("Skips", "passed"));

        var flipped = TestHistory.Flipped(TestHistory.ReadLast(_history.Path, 10));

        Assert.Equal(["Flaky", "Flips"], flipped.Select(f => f.Test));
        Assert.Equal(["passed", "failed"], flipped[1].Outcomes);
    }

    [Fact]
    public void Should_Count_A_Cached_Result_Neither_As_A_Pass_Nor_As_A_Failure()
    {
        Append(1, ("Once", "failed"), ("Later", "cached"));
        Append(2, ("Once", "cached"), ("Later", "failed"));

        var runs = TestHistory.ReadLast(_history.Path, 10);

        // A restored pass after a failure is not a flip: nothing ran again.
        Assert.Empty(TestHistory.Flipped(runs));
        Assert.Equal("cached", runs[0]["Later"]);
    }

    [Theory]
    [InlineData("Passed", null, "passed")]
    [InlineData("Failed", null, "failed")]
    [InlineData("Failed", 1, "flaky")]
    [InlineData("NotExecuted", null, "skipped")]
    public void Should_Record_A_Failure_That_Passed_On_Retry_As_Flaky(string trxOutcome, int? passedOnRetry, string expected) =>
        Assert.Equal(expected, TestHistory.OutcomeOf(trxOutcome, new RetriedTest(new TestFailure("T", "m"), "A", 2, passedOnRetry)));

    [Fact]
    public void Should_Read_Nothing_Without_A_History() =>
        Assert.Empty(TestHistory.ReadLast(Path.Combine(_history.Path, "none"), 5));
}
