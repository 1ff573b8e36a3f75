using Qte.Delivery.LoadTesting;
using Qte.Delivery.Monitoring;
using Qte.Delivery.Monitoring.Resources;

namespace Qte.Delivery.Tests.Monitoring;

public sealed class PerformanceMeasurementsTests
{
    private static PerformanceMeasurements Measured(double[] latenciesMs, long failed, double[] cpu)
    {
        var histogram = new LatencyHistogram();
        foreach (var latency in latenciesMs)
        {
            histogram.Record(TimeSpan.FromMilliseconds(latency));
        }

        var load = new LoadResult(new LoadTestSettings(), TimeSpan.FromSeconds(2), latenciesMs.Length, failed, 0, histogram, [], TimeSpan.Zero);
        return new PerformanceMeasurements(load, [.. cpu.Select((c, i) => new ResourceSample(i * 0.25, c, 10 + i, 1000, 2))]);
    }

    private static MetricThreshold Threshold(ThresholdMetric metric, string text, ThresholdMode mode = ThresholdMode.Fail)
    {
        Assert.True(ThresholdExpression.TryParse(text, metric, out var expression));
        return new MetricThreshold(metric, [expression], mode, "test");
    }

    [Fact]
    public void Should_Pass_Thresholds_That_Hold_And_Miss_Those_That_Do_Not_With_Their_Measured_Values()
    {
        var measured = Measured([.. Enumerable.Range(1, 100).Select(i => (double)i)], failed: 2, cpu: [10, 30, 50, 90]);

        var results = measured.Evaluate(
        [
            Threshold(ThresholdMetrics.ResponseTime, "p(95)<200"),
            Threshold(ThresholdMetrics.ResponseTime, "p(99)<50"),
            Threshold(ThresholdMetrics.Throughput, "rate>=40"),
            Threshold(ThresholdMetrics.ErrorRate, "rate<0.01"),
            Threshold(ThresholdMetrics.CpuUsage, "avg<80"),
            Threshold(ThresholdMetrics.CpuUsage, "max<80", ThresholdMode.Warn),
            Threshold(ThresholdMetrics.MemoryUsage, "max<85"),
        ]);

        Assert.Equal([true, false, true, false, true, false, true], results.Select(r => r.Passed));
        Assert.Equal(99, results[1].Measured!.Value, 1);
        Assert.Equal(50, results[2].Measured!.Value, 6);
        Assert.Equal(0.02, results[3].Measured!.Value, 6);
        Assert.Equal(45, results[4].Measured!.Value, 6);
        Assert.Equal(90, results[5].Measured!.Value, 6);
        Assert.Equal(13, results[6].Measured!.Value, 6);
        Assert.Equal([false, true, false, true, false, false, false], results.Select(r => r.Fails));
    }

    [Fact]
    public void Should_Miss_A_Threshold_On_A_Metric_Nothing_Measured()
    {
        var results = Measured([5], failed: 0, cpu: []).Evaluate([Threshold(ThresholdMetrics.CpuUsage, "avg<80")]);

        Assert.Null(results[0].Measured);
        Assert.False(results[0].Passed);
    }
}
