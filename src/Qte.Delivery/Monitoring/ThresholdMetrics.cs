namespace Qte.Delivery.Monitoring;

/// <summary>
/// The five metrics of the seed's monitoring.json. Statistics follow k6: latency has p(N), avg, med, min, max (ms);
/// throughput is k6's http_reqs rate (requests per second); error_rate is k6's http_req_failed rate (a fraction, so
/// the seed's 1 % is rate&lt;0.01); CPU and memory are sampled gauges in percent of the cores and of the memory limit.
/// </summary>
public static class ThresholdMetrics
{
    public static readonly ThresholdMetric ResponseTime = new("response_time", "ms", ["p", "avg", "med", "min", "max"], "p(95)", "<", 1, "p(95)<200");

    public static readonly ThresholdMetric Throughput = new("throughput", "requests_per_second", ["rate"], "rate", ">=", 1, "rate>=1000");

    public static readonly ThresholdMetric ErrorRate = new("error_rate", "percent", ["rate"], "rate", "<", 0.01, "rate<0.01");

    public static readonly ThresholdMetric CpuUsage = new("cpu_usage", "percent", ["avg", "max", "p"], "avg", "<", 1, "avg<80");

    public static readonly ThresholdMetric MemoryUsage = new("memory_usage", "percent", ["max", "avg"], "max", "<", 1, "max<85");

    public static readonly IReadOnlyList<ThresholdMetric> All = [ResponseTime, Throughput, ErrorRate, CpuUsage, MemoryUsage];
}
