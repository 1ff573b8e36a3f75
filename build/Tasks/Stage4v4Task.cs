using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Alerting;
using Qte.Delivery.Monitoring;

namespace Qte.Build.Tasks;

[TaskName("Stage4v4")]
[TaskDescription("Stage 4-v4, performance monitoring: load-tests production through its router (open or closed model, HDR latency, warm-up excluded) while sampling the router's and slots' CPU and memory from /proc, holds the results to build/config/monitoring.json's thresholds (seed or k6 form), alerts email and Slack per the escalation policy, and writes artifacts/monitoring/production/performance-report.json/.md, performance-chart.svg and performance-rules.yml (promtool-checked).")]
[IsDependentOn(typeof(Stage4v3Task))]
public sealed class Stage4v4Task : AsyncFrostingTask<BuildContext>
{
    public const string Environment = Stage4v2Task.To;

    public override async Task RunAsync(BuildContext context)
    {
        var settings = DeliveryServices.Config(context, Environment).ToMonitoringSettings();
        if (!settings.Enabled)
        {
            context.Log.Warning("Stage 4-v4 skipped: advanced_monitoring_enabled is false in build/config/monitoring.json (or a layer above it).");
            return;
        }

        var variable = context.Environment.GetEnvironmentVariable;
        var redactor = new SecretRedactor([variable(settings.Alerting.Slack.WebhookUrlVariable), variable(settings.Alerting.Email.PasswordVariable)]);
        using var http = new HttpClient();
        var channels = new Dictionary<string, IAlertChannel>(StringComparer.Ordinal)
        {
            ["email"] = new EmailChannel(settings.Alerting.Email, variable, settings.Alerting.Timeout),
            ["slack"] = new SlackChannel(settings.Alerting.Slack, variable, http),
        };
        var stage = new PerformanceStage(
            DeliveryServices.PathsOf(context, Environment), settings, channels, redactor, context.Time, m => context.Log.Information("  {0}", m));
        var directory = context.Paths.Monitoring(Environment);
        var result = await stage.RunAsync(directory.FullPath, context.RunId);
        context.Performance = result;
        Report(context, result);
        Promtool.Check(context, "Stage 4-v4", ("check rules", directory.CombineWithFilePath(PerformanceFiles.RulesFileName)));

        var relative = $"artifacts/monitoring/{Environment}/{PerformanceFiles.MarkdownFileName}";
        if (result.Undelivered.Count > 0)
        {
            context.Log.Warning("  {0} alert deliveries failed after every retry; kept in artifacts/monitoring/{1}/{2}.", result.Undelivered.Count, Environment, UndeliveredAlerts.FileName);
        }

        if (result.Failing.Count > 0)
        {
            throw new CakeException($"Stage 4-v4: {result.Failing.Count} threshold(s) missed in fail mode: {string.Join("; ", result.Failing.Select(Alert.Line))}. See {relative}.");
        }

        context.Log.Information(
            "Stage 4-v4 passed: {0} of {1} thresholds held on {2} ({3:N0} requests, {4:0.#} requests/s, p95 {5:0.##} ms). See {6}.",
            result.Report.Thresholds.Count(t => t.Passed), result.Report.Thresholds.Count, result.Report.Version,
            result.Report.Load.Requests, result.Report.Load.ThroughputPerSecond, result.Report.LatencyMs.P95, relative);
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
