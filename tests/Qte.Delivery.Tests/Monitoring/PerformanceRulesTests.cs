using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Tests.Monitoring;

public sealed class PerformanceRulesTests
{
    private static MetricThreshold Threshold(ThresholdMetric metric, ThresholdMode mode, params string[] texts) =>
        new(metric, [.. texts.Select(t => ThresholdExpression.TryParse(t, metric, out var e) ? e : throw new ArgumentException(t))], mode, "test");

    [Fact]
    public void Should_Fire_Each_Rule_When_Its_Threshold_Would_Be_Missed_In_The_Querys_Units()
    {
        var yaml = PerformanceRules.Yaml("production",
        [
            Threshold(ThresholdMetrics.ResponseTime, ThresholdMode.Fail, "p(95)<200", "avg<=50"),
            Threshold(ThresholdMetrics.Throughput, ThresholdMode.Fail, "rate>=1000"),
            Threshold(ThresholdMetrics.ErrorRate, ThresholdMode.Warn, "rate<0.01"),
            Threshold(ThresholdMetrics.CpuUsage, ThresholdMode.Fail, "p(90)<70"),
            Threshold(ThresholdMetrics.MemoryUsage, ThresholdMode.Fail, "avg<50"),
        ], cores: 2, memoryBytes: 1000);

        Assert.Contains("alert: QtePerformanceResponseTime\n", yaml.ReplaceLineEndings("\n"));
        Assert.Contains("alert: QtePerformanceResponseTime2\n", yaml.ReplaceLineEndings("\n"));
        Assert.Contains("histogram_quantile(0.95, sum by (le) (rate(qte_router_request_duration_seconds_bucket[5m]))) >= 0.2", yaml);
        Assert.Contains("/ sum(rate(qte_router_request_duration_seconds_count[5m]))) > 0.05", yaml);
        Assert.Contains("expr: sum(rate(qte_router_requests_total[5m])) < 1000", yaml);
        Assert.Contains("/ sum(rate(qte_router_requests_total[5m]))) >= 0.01", yaml);
        Assert.Contains("quantile_over_time(0.9, (100 * sum(rate(process_cpu_seconds_total{job=~\"qte-router|qte-service\"}[1m])) / 2)[5m:15s]) >= 70", yaml);
        Assert.Contains("avg_over_time((100 * sum(process_resident_memory_bytes{job=~\"qte-router|qte-service\"}) / 1000)[5m:15s]) >= 50", yaml);
        Assert.Equal(5, yaml.Split("severity: critical").Length - 1);
        Assert.Equal(1, yaml.Split("severity: warning").Length - 1);
    }
}
