using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Alerting;
using Qte.Delivery.Configuration;
using Qte.Delivery.Monitoring;

namespace Qte.Build.Tasks;

[TaskName("Stage4v4")]
[TaskDescription("Stage 4-v4, performance monitoring: load-tests production through its router (open or closed model, HDR latency, warm-up excluded) while sampling the router's and slots' CPU and memory from /proc, holds the results to build/config/monitoring.json's thresholds (seed or k6 form), alerts email and Slack per the escalation policy, and writes artifacts/monitoring/production/performance-report.json/.md, performance-chart.svg and performance-rules.yml (promtool-checked).")]
[IsDependentOn(typeof(Stage4v3Task))]
public sealed class Stage4v4Task : AsyncFrostingTask<BuildContext>
{
    private const string Environment = PipelineEnvironments.Production;

    public override async Task RunAsync(BuildContext context)
    {
        var settings = DeliveryServices.Config(context, Environment).ToMonitoringSettings();
        if (!settings.Enabled)
        {
            context.Log.Warning("Stage 4-v4 skipped: advanced_monitoring_enabled is false in build/config/monitoring.json (or a layer above it).");
            return;
        }

        var directory = context.Paths.Monitoring(Environment);
        var result = await PerformanceMonitoring.RunAsync(context, Environment, settings, directory.FullPath);
        context.Delivered.Performance = result;
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
}
