using Qte.Delivery.Alerting;

namespace Qte.Delivery.Monitoring;

/// <summary>What stage 4-v4 found and did: the report (with where alerts went) and the alerts that did not get through.</summary>
public sealed record PerformanceStageResult(PerformanceReport Report, IReadOnlyList<AlertDelivery> Undelivered)
{
    public IReadOnlyList<ThresholdResult> Failing => [.. Report.Thresholds.Where(t => t.Fails)];
}
