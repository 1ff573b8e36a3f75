using Qte.Delivery.Alerting;
using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Tests.Alerting;

/// <summary>An alert as a breach of the response time makes it.</summary>
internal static class Alerts
{
    public static Alert ResponseTime(string runId = "run-1") => new(
        "production",
        "1.4.0",
        runId,
        [new ThresholdResult("response_time", "p(95)<1", 3.25, Passed: false, ThresholdMode.Fail, "--set monitoring.metrics.response_time.threshold")],
        "/repo/artifacts/monitoring/production/performance-report.json");
}
