namespace Qte.Delivery.Statistics;

/// <summary>
/// The nearest-rank percentile: the smallest sample with at least p % of the samples at or below it (numpy's
/// "inverted_cdf" method). Always one of the samples, so a p95 over few samples is a latency that was measured.
/// </summary>
public static class NearestRank
{
    /// <param name="sorted">The samples in ascending order; at least one.</param>
    /// <param name="percent">From 0 to 100.</param>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
