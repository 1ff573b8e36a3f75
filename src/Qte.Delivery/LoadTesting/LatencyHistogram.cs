using HdrHistogram;

namespace Qte.Delivery.LoadTesting;

/// <summary>
/// Latencies in an HDR histogram (microseconds, three significant digits, up to an hour): percentiles within 0.1 %
/// of the exact value at a fixed size, however many requests. Safe to record from many threads.
/// </summary>
public sealed class LatencyHistogram
{
    private const long HighestMicroseconds = 3_600_000_000;
    private readonly LongConcurrentHistogram _microseconds = new(1, HighestMicroseconds, 3);

    public long Count => _microseconds.TotalCount;

    public void Record(TimeSpan latency) =>
        _microseconds.RecordValue(Math.Clamp(latency.Ticks / TimeSpan.TicksPerMicrosecond, 1, HighestMicroseconds));

    /// <summary>The latency at or below which <paramref name="percentile"/> % of the recorded ones fall, in ms; 0 when empty.</summary>
    public double PercentileMs(double percentile) =>
        Count == 0 ? 0 : _microseconds.HighestEquivalentValue(_microseconds.GetValueAtPercentile(percentile)) / 1000.0;

    public double MeanMs => Count == 0 ? 0 : _microseconds.GetMean() / 1000.0;

    public double MaxMs => Count == 0 ? 0 : _microseconds.GetMaxValue() / 1000.0;

    public double MinMs => Count == 0 ? 0 : _microseconds.RecordedValues().First().ValueIteratedTo / 1000.0;

    /// <summary>Counts in buckets whose upper bounds double from <paramref name="firstBucketMs"/>, for the report's histogram.</summary>
    public IReadOnlyList<(double UpToMs, long Count)> Buckets(double firstBucketMs = 0.25)
    {
        var buckets = new List<(double, long)>();
        if (Count == 0)
        {
            return buckets;
        }

        // One pass over the recorded values, in ascending order: each closes the buckets below it.
        var (upTo, inBucket) = (firstBucketMs, 0L);
        foreach (var value in _microseconds.RecordedValues())
        {
            while (value.ValueIteratedTo > upTo * 1000)
            {
                buckets.Add((upTo, inBucket));
                (upTo, inBucket) = (upTo * 2, 0);
            }

            inBucket += value.CountAtValueIteratedTo;
        }

        buckets.Add((upTo, inBucket));
        return buckets;
    }
}
