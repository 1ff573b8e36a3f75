namespace Qte.Pipeline.Testing;

/// <summary>
/// The outcome of one or more test runs: counts and the failures behind them.
/// </summary>
public sealed record TestRunSummary(int Passed, int Failed, int Skipped, IReadOnlyList<TestFailure> Failures)
{
    public static readonly TestRunSummary Empty = new(0, 0, 0, []);

    public int Total => Passed + Failed + Skipped;

    /// <summary>
    /// The totals line, in the form CI runners read: "12 passed, 0 failed, 1 skipped".
    /// </summary>
    public string TotalsLine => $"{Passed} passed, {Failed} failed, {Skipped} skipped";

    public static TestRunSummary Combine(IEnumerable<TestRunSummary> summaries) =>
        summaries.Aggregate(Empty, (sum, next) => new TestRunSummary(
            sum.Passed + next.Passed,
            sum.Failed + next.Failed,
            sum.Skipped + next.Skipped,
            [.. sum.Failures, .. next.Failures]));
}
