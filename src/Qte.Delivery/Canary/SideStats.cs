using Qte.Delivery.Routing;
using Qte.Delivery.Statistics;

namespace Qte.Delivery.Canary;

/// <summary>One side of a canary step over its window: requests, 5xx answers, success rate and latency percentiles.</summary>
public sealed record SideStats(long Requests, long Errors, double SuccessRate, double P50Ms, double P95Ms, double P99Ms)
{
    public static readonly SideStats None = new(0, 0, 0, 0, 0, 0);

    public static SideStats Of(IReadOnlyList<SlotSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return None;
        }

        var sorted = samples.Select(s => s.Ms).Order().ToArray();
        var errors = samples.Count(s => s.IsError);
        return new SideStats(samples.Count, errors, 1 - ((double)errors / samples.Count), NearestRank.Percentile(sorted, 50), NearestRank.Percentile(sorted, 95), NearestRank.Percentile(sorted, 99));
    }
}
