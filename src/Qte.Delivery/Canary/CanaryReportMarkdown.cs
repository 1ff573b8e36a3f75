using System.Globalization;
using System.Text;

namespace Qte.Delivery.Canary;

/// <summary>canary-analysis.md: the report as a table per step, for people and for the CI job summary.</summary>
public static class CanaryReportMarkdown
{
    public static string Write(CanaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"# Canary analysis: {report.Environment}");
        Line(text, $"");
        Line(text, $"Canary {report.CanaryReleaseId} (slot {report.CanarySlot}) against stable {report.StableReleaseId} (slot {report.StableSlot}){(report.Baseline ? ", the same release as the baseline (an A/A check on an environment that served nothing)" : string.Empty)}.");
        Line(text, $"");
        Line(text, $"**Outcome: {report.Outcome}**: {report.Reason}");
        Line(text, $"");
        Line(text, $"Decision: {report.Method}.");
        Line(text, $"The canary answered {report.CanaryRequests} of {report.TotalRequests} requests ({report.CanaryShare:P1}).");
        if (report.FirstCanaryRequestToRollbackSeconds is { } rollback)
        {
            Line(text, $"From the canary's first request to the rollback: {rollback:0.000} s.");
        }

        if (report.Traffic is { } traffic)
        {
            Line(text, $"Generated traffic: {traffic.Sent} requests at {traffic.RatePerSecond:0} per second from {traffic.Users} users; {traffic.Failed} failed.");
        }

        Line(text, $"");
        Line(text, $"| Step | Weight | Verdict | Started (s) | Seconds | Canary requests | Canary success | Canary p50/p95/p99 (ms) | Stable requests | Stable success | Stable p50/p95/p99 (ms) | U | p-value | Looks | Level | Router restarts | Replica changes |");
        Line(text, $"| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var step in report.Steps)
        {
            Line(text,
                $"| {step.Step} | {step.Weight} % | {step.Verdict} | {step.StartedSeconds:0.0} | {step.Seconds:0.0} | {step.Canary.Requests} | {step.Canary.SuccessRate:P1} | {Latencies(step.Canary)} | {step.Stable.Requests} | {step.Stable.SuccessRate:P1} | {Latencies(step.Stable)} | {step.Latency?.U.ToString("0", CultureInfo.InvariantCulture) ?? "–"} | {step.Latency?.PValue.ToString("0.####", CultureInfo.InvariantCulture) ?? "–"} | {step.Looks} | {step.Alpha:0.#####} | {step.RouterRestarts} | {step.ReplicaChanges} |");
        }

        Line(text, $"");
        foreach (var step in report.Steps)
        {
            Line(text, $"- Step {step.Step} ({step.Weight} %): {step.Verdict}: {step.Reason}");
        }

        return text.ToString();
    }

    private static string Latencies(SideStats side) => string.Create(CultureInfo.InvariantCulture, $"{side.P50Ms:0.0} / {side.P95Ms:0.0} / {side.P99Ms:0.0}");

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
