using Qte.Delivery.Alerting;
using Qte.Delivery.Environments;
using Qte.Delivery.LoadTesting;
using Qte.Delivery.Monitoring.Resources;

namespace Qte.Delivery.Monitoring;

/// <summary>
/// Stage 4-v4: puts the environment's router under the configured load while sampling its processes, holds the
/// results to the thresholds, writes the reports, and alerts the channels escalation chooses when a threshold is
/// missed. Undelivered alerts are kept in undelivered-alerts.json beside the reports.
/// </summary>
public sealed class PerformanceStage(
    EnvironmentPaths paths,
    MonitoringSettings settings,
    IReadOnlyDictionary<string, IAlertChannel> channels,
    SecretRedactor redactor,
    TimeProvider time,
    Action<string> log)
{
    public string AlertStateFile => Path.Combine(paths.Directory, "monitoring", "alert-state.json");

    /// <param name="reportDirectory">artifacts/monitoring/&lt;env&gt;/.</param>
    /// <exception cref="DeliveryException">The environment runs no router or no release.</exception>
    public async Task<PerformanceStageResult> RunAsync(string reportDirectory, string runId, CancellationToken cancellation = default)
    {
        var state = new StateStore(paths).Load();
        var router = state.Router ?? throw new DeliveryException($"performance: environment '{paths.Name}' runs no router; deploy it first.");
        var live = state.Live ?? throw new DeliveryException($"performance: environment '{paths.Name}' serves no release; deploy it first.");
        var started = time.GetUtcNow();
        var limits = MachineLimits.Read();
        var baseUrl = $"http://127.0.0.1:{router.PublicPort}";
        var load = settings.LoadTest;
        log(load.Model == LoadModel.Open
            ? $"Load test: {load.RatePerSecond} requests/s for {load.Duration.TotalSeconds} s after {load.WarmUp.TotalSeconds} s of warm-up, at {baseUrl}{load.Path}"
            : $"Load test: {load.Connections} connections for {load.Duration.TotalSeconds} s after {load.WarmUp.TotalSeconds} s of warm-up, at {baseUrl}{load.Path}");

        int[] pids = [router.Pid, .. state.Slots.Values.SelectMany(s => s.Pids)];
        var sampler = ResourceSampler.Start(pids, settings.SampleInterval, limits);
        LoadResult result;
        IReadOnlyList<ResourceSample> samples;
        await using (sampler)
        {
            // The sampler starts with the measured part: the warm-up's JIT and connection set-up are not the release's steady state.
            result = await LoadEngine.RunAsync(baseUrl, load, cancellation: cancellation);
            samples = await sampler.StopAsync();
        }

        var measured = new PerformanceMeasurements(result, [.. samples.Where(s => s.AtSeconds >= load.WarmUp.TotalSeconds)]);
        var thresholds = measured.Evaluate(settings.Thresholds);
        var report = PerformanceReport.Create(paths.Name, live.Version, runId, started, $"{baseUrl}{load.Path}", measured, limits, thresholds);
        var (deliveries, undelivered) = await AlertAsync(report, reportDirectory, cancellation);
        report = report with { Alerts = deliveries };
        PerformanceFiles.Write(reportDirectory, report, PerformanceRules.Yaml(paths.Name, settings.Thresholds, limits.Cores, limits.MemoryBytes));
        return new PerformanceStageResult(report, undelivered);
    }

    private async Task<(IReadOnlyList<AlertDelivery> All, IReadOnlyList<AlertDelivery> Undelivered)> AlertAsync(
        PerformanceReport report, string reportDirectory, CancellationToken cancellation)
    {
        var store = new AlertStateStore(AlertStateFile);
        var missed = report.Thresholds.Where(t => !t.Passed).ToList();
        var (state, due) = Escalation.Next(store.Load(), missed.Count > 0, time.GetUtcNow(), settings.Alerting);
        if (missed.Count == 0 || due.Count == 0)
        {
            store.Save(state);
            return ([], []);
        }

        var alert = new Alert(report.Environment, report.Version, report.RunId, missed, Path.Combine(reportDirectory, PerformanceFiles.ReportFileName));
        log($"Alerting {string.Join(", ", due)} ({settings.Alerting.Policy.ToString().ToLowerInvariant()} escalation, breach {state.ConsecutiveBreaches} in a row): {alert.Subject}");
        var dispatcher = new AlertDispatcher(channels, settings.Alerting, redactor, time, m => log(redactor.Redact(m)));
        (state, var deliveries) = await dispatcher.DispatchAsync(alert, due, state, cancellation);
        store.Save(state);
        var undelivered = deliveries.Where(d => !d.Delivered && !d.Duplicate).ToList();
        if (undelivered.Count > 0)
        {
            UndeliveredAlerts.Append(Path.Combine(reportDirectory, UndeliveredAlerts.FileName), alert, undelivered, time.GetUtcNow());
        }

        return (deliveries, undelivered);
    }
}
