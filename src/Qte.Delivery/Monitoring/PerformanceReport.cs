using Qte.Delivery.Alerting;
using Qte.Delivery.LoadTesting;
using Qte.Delivery.Monitoring.Resources;

namespace Qte.Delivery.Monitoring;

/// <summary>performance-report.json: what the load test sent and measured, the environment's resources, each threshold's verdict and where alerts went.</summary>
public sealed record PerformanceReport
{
    public required string Environment { get; init; }

    public required string Version { get; init; }

    public required string RunId { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required string Target { get; init; }

    public required LoadSection Load { get; init; }

    public required LatencySection LatencyMs { get; init; }

    public required ResourceSection Resources { get; init; }

    public required IReadOnlyList<ThresholdResult> Thresholds { get; init; }

    public IReadOnlyList<AlertDelivery> Alerts { get; init; } = [];

    public bool Passed => Thresholds.All(t => !t.Fails);

    public static PerformanceReport Create(
        string environment, string version, string runId, DateTimeOffset started, string target,
        PerformanceMeasurements measured, MachineLimits limits, IReadOnlyList<ThresholdResult> thresholds)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(limits);
        var load = measured.Load;
        var samples = measured.Resources;
        return new PerformanceReport
        {
            Environment = environment,
            Version = version,
            RunId = runId,
            Started = started,
            Target = target,
            Load = new LoadSection(
                load.Settings.Model.ToString().ToLowerInvariant(),
                load.Settings.Model == LoadModel.Open ? load.Settings.RatePerSecond : null,
                load.Settings.Connections,
                load.Settings.WarmUp.TotalSeconds,
                load.Elapsed.TotalSeconds,
                load.Requests,
                load.Failed,
                load.ErrorRate,
                load.Throughput,
                load.BytesReceived,
                load.EngineCpuPercentOfCore,
                load.Intervals,
                [.. load.Latency.Buckets().Select(b => new HistogramBucket(b.UpToMs, b.Count))]),
            LatencyMs = new LatencySection(
                load.Latency.MinMs,
                load.Latency.MeanMs,
                load.Latency.PercentileMs(50),
                load.Latency.PercentileMs(90),
                load.Latency.PercentileMs(95),
                load.Latency.PercentileMs(99),
                load.Latency.MaxMs),
            Resources = new ResourceSection(
                limits.Cores,
                limits.MemoryBytes,
                samples.Count == 0 ? 0 : samples.Max(s => s.Processes),
                samples.Count == 0 ? 0 : samples.Average(s => s.CpuPercent),
                samples.Count == 0 ? 0 : samples.Max(s => s.CpuPercent),
                samples.Count == 0 ? 0 : samples.Average(s => s.MemoryPercent),
                samples.Count == 0 ? 0 : samples.Max(s => s.MemoryPercent),
                samples),
            Thresholds = thresholds,
        };
    }

    /// <param name="RatePerSecond">The open model's arrival rate; null for the closed model.</param>
    public sealed record LoadSection(
        string Model, double? RatePerSecond, int Connections, double WarmUpSeconds, double MeasuredSeconds, long Requests, long Failed,
        double ErrorRate, double ThroughputPerSecond, long BytesReceived, double EngineCpuPercentOfCore,
        IReadOnlyList<LatencyInterval> Intervals, IReadOnlyList<HistogramBucket> Histogram);

    public sealed record LatencySection(double Min, double Mean, double P50, double P90, double P95, double P99, double Max);

    public sealed record ResourceSection(
        double Cores, long MemoryLimitBytes, int Processes, double CpuAvgPercent, double CpuMaxPercent,
        double MemoryAvgPercent, double MemoryMaxPercent, IReadOnlyList<ResourceSample> Samples);

    public sealed record HistogramBucket(double UpToMs, long Count);
}
