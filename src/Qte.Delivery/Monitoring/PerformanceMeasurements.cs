using Qte.Delivery.LoadTesting;
using Qte.Delivery.Monitoring.Resources;
using Qte.Delivery.Statistics;

namespace Qte.Delivery.Monitoring;

/// <summary>A load test's result and the resource samples taken during it, read as the statistics thresholds name.</summary>
public sealed record PerformanceMeasurements(LoadResult Load, IReadOnlyList<ResourceSample> Resources)
{
    /// <summary>The value of <paramref name="stat"/> (k6's name) of the metric; null when nothing was measured.</summary>
    public double? Value(ThresholdMetric metric, ThresholdExpression expression)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(expression);
        return metric.Key switch
        {
            "response_time" when Load.Latency.Count == 0 => null,
            "response_time" => expression.Percentile is { } p ? Load.Latency.PercentileMs(p) : expression.Stat switch
            {
                "avg" => Load.Latency.MeanMs,
                "med" => Load.Latency.PercentileMs(50),
                "min" => Load.Latency.MinMs,
                _ => Load.Latency.MaxMs,
            },
            "throughput" => Load.Throughput,
            "error_rate" => Load.Requests == 0 ? null : Load.ErrorRate,
            "cpu_usage" => Statistic([.. Resources.Select(r => r.CpuPercent)], expression),
            "memory_usage" => Statistic([.. Resources.Select(r => r.MemoryPercent)], expression),
            _ => throw new ArgumentException($"Unknown metric {metric.Key}.", nameof(metric)),
        };
    }

    /// <summary>Each threshold of each metric, held against what was measured.</summary>
    public IReadOnlyList<ThresholdResult> Evaluate(IEnumerable<MetricThreshold> thresholds) =>
    [
        .. thresholds.SelectMany(t => t.Expressions.Select(e =>
        {
            var measured = Value(t.Metric, e);
            return new ThresholdResult(t.Metric.Key, e.Text, measured, measured is { } m && e.Holds(m), t.Mode, t.Source);
        })),
    ];

    private static double? Statistic(double[] samples, ThresholdExpression expression)
    {
        if (samples.Length == 0)
        {
            return null;
        }

        if (expression.Percentile is { } p)
        {
            Array.Sort(samples);
            return NearestRank.Percentile(samples, p);
        }

        return expression.Stat == "avg" ? samples.Average() : samples.Max();
    }
}
