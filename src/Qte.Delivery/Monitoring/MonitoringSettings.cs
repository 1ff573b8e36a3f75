using Qte.Delivery.Alerting;
using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Monitoring;

/// <summary>Stage 4-v4's settings, from build/config/monitoring.json layered with the environment, the profile and --set.</summary>
public sealed record MonitoringSettings
{
    public bool Enabled { get; init; } = true;

    public LoadTestSettings LoadTest { get; init; } = new();

    /// <summary>How often the environment's processes are sampled in /proc during the test.</summary>
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public IReadOnlyList<MetricThreshold> Thresholds { get; init; } = [];

    public AlertingSettings Alerting { get; init; } = new();
}
