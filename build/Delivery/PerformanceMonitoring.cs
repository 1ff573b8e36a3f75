using Cake.Core.Diagnostics;
using Qte.Delivery.Alerting;
using Qte.Delivery.Monitoring;

namespace Qte.Build.Delivery;

/// <summary>
/// Stage 4-v4's run: the alert channels (email, Slack) with secrets only from environment variables and redacted from
/// every message, the load test with its thresholds, and the figures and verdicts logged.
/// </summary>
public static class PerformanceMonitoring
{
    public static async Task<PerformanceStageResult> RunAsync(BuildContext context, string environment, MonitoringSettings settings, string directory)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var variable = context.Environment.GetEnvironmentVariable;
        var redactor = new SecretRedactor([variable(settings.Alerting.Slack.WebhookUrlVariable), variable(settings.Alerting.Email.PasswordVariable)]);
        using var http = new HttpClient();
        var channels = new Dictionary<string, IAlertChannel>(StringComparer.Ordinal)
        {
            ["email"] = new EmailChannel(settings.Alerting.Email, variable, settings.Alerting.Timeout),
            ["slack"] = new SlackChannel(settings.Alerting.Slack, variable, http),
        };
        var stage = new PerformanceStage(
            DeliveryServices.PathsOf(context, environment), settings, channels, redactor, context.Time, m => context.Log.Information("  {0}", m));
        var result = await stage.RunAsync(directory, context.Run.Id);
        Report(context, result);
        return result;
    }

    private static void Report(BuildContext context, PerformanceStageResult result)
    {
        var load = result.Report.Load;
        var latency = result.Report.LatencyMs;
        context.Log.Information(
            "  {0:N0} requests, {1} failed, {2:0.#} requests/s; latency ms p50 {3:0.##}, p90 {4:0.##}, p95 {5:0.##}, p99 {6:0.##}, max {7:0.##}",
            load.Requests, load.Failed, load.ThroughputPerSecond, latency.P50, latency.P90, latency.P95, latency.P99, latency.Max);
        context.Log.Information(
            "  router and slots: CPU {0:0.#} % avg, {1:0.#} % max of {2:0.##} cores; memory {3:0.###} % max of {4:N0} MiB",
            result.Report.Resources.CpuAvgPercent, result.Report.Resources.CpuMaxPercent, result.Report.Resources.Cores,
            result.Report.Resources.MemoryMaxPercent, result.Report.Resources.MemoryLimitBytes / 1048576.0);
        foreach (var threshold in result.Report.Thresholds)
        {
            var line = $"  {(threshold.Passed ? "pass" : threshold.Mode == ThresholdMode.Fail ? "MISS" : "miss (warn)")} {Alert.Line(threshold)} [{threshold.Source}]";
            if (threshold.Passed)
            {
                context.Log.Information("{0}", line);
            }
            else
            {
                context.Log.Warning("{0}", line);
            }
        }
    }
}
