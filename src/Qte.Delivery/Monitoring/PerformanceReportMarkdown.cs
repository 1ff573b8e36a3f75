using System.Globalization;
using System.Text;
using Qte.Delivery.Alerting;

namespace Qte.Delivery.Monitoring;

/// <summary>performance-report.md: the report for people, in the order they ask: verdict, thresholds, latency, load, resources, alerts.</summary>
public static class PerformanceReportMarkdown
{
    public static string Write(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"# Performance: {report.Environment} {report.Version}");
        text.AppendLine();
        text.AppendLine(c, $"{(report.Passed ? "Passed" : "Failed")}: {report.Thresholds.Count(t => t.Passed)} of {report.Thresholds.Count} thresholds held. Run {report.RunId}, {report.Target}.");
        text.AppendLine();
        text.AppendLine("| metric | threshold | measured | mode | verdict | set in |");
        text.AppendLine("|---|---|---:|---|---|---|");
        foreach (var t in report.Thresholds)
        {
            var measured = t.Measured is { } m ? m.ToString("0.###", c) : "not measured";
            text.AppendLine(c, $"| {t.Metric} | `{t.Expression}` | {measured} | {t.Mode.ToString().ToLowerInvariant()} | {(t.Passed ? "pass" : "MISS")} | {t.Source} |");
        }

        var l = report.LatencyMs;
        var load = report.Load;
        text.AppendLine();
        text.AppendLine("## Latency (ms)");
        text.AppendLine();
        text.AppendLine("| min | mean | p50 | p90 | p95 | p99 | max |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(c, $"| {l.Min:0.###} | {l.Mean:0.###} | {l.P50:0.###} | {l.P90:0.###} | {l.P95:0.###} | {l.P99:0.###} | {l.Max:0.###} |");
        text.AppendLine();
        text.AppendLine(load.RatePerSecond is { } rate
            ? $"Open model at {rate.ToString("0.#", c)} requests/s (latency from each request's intended send time), {load.Connections} connections at most."
            : $"Closed model: {load.Connections} connections, each sending when its answer came.");
        text.AppendLine();
        text.AppendLine("## Load");
        text.AppendLine();
        text.AppendLine(c, $"- {load.Requests:N0} requests in {load.MeasuredSeconds:0.##} s after {load.WarmUpSeconds:0.##} s of warm-up: {load.ThroughputPerSecond:0.#} requests/s");
        text.AppendLine(c, $"- {load.Failed:N0} failed ({load.ErrorRate * 100:0.###} %), {load.BytesReceived:N0} bytes received");
        text.AppendLine(c, $"- the load engine's own CPU: {load.EngineCpuPercentOfCore:0.#} % of one core");
        var r = report.Resources;
        text.AppendLine();
        text.AppendLine("## Resources (the environment's router and slots, from /proc)");
        text.AppendLine();
        text.AppendLine(c, $"- {r.Processes} processes, {r.Samples.Count} samples; limits: {r.Cores:0.##} cores, {r.MemoryLimitBytes / 1048576.0:N0} MiB");
        text.AppendLine(c, $"- CPU: {r.CpuAvgPercent:0.#} % on average, {r.CpuMaxPercent:0.#} % at most (of the cores)");
        text.AppendLine(c, $"- memory: {r.MemoryAvgPercent:0.###} % on average, {r.MemoryMaxPercent:0.###} % at most (of the limit)");
        text.AppendLine();
        text.AppendLine("## Alerts");
        text.AppendLine();
        if (report.Alerts.Count == 0)
        {
            text.AppendLine(report.Thresholds.All(t => t.Passed) ? "None: every threshold held." : "None sent: escalation chose no channel for this run.");
        }

        foreach (var a in report.Alerts)
        {
            text.AppendLine(c, $"- {a.Channel}: {(a.Delivered ? $"delivered (attempt {a.Attempts})" : a.Duplicate ? "already sent in this run" : $"NOT delivered after {a.Attempts} attempts: {string.Join("; ", a.Errors)} (kept in {UndeliveredAlerts.FileName})")}");
        }

        text.AppendLine();
        text.AppendLine(c, $"Chart: {PerformanceFiles.ChartFileName}. Prometheus rules from the same thresholds: {PerformanceFiles.RulesFileName}.");
        return text.ToString();
    }
}
