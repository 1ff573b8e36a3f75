using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Environments;
using Qte.Delivery.Monitoring;
using Qte.Pipeline.IO;

namespace Qte.Build.Tasks;

[TaskName("Monitoring")]
[TaskDescription("Scrapes the deployed service's and the router's /metrics and checks they parse, then writes artifacts/monitoring/<env>/prometheus.yml and alert-rules.yml (checked with promtool when it is installed).")]
[IsDependentOn(typeof(Stage3v2Task))]
public sealed class MonitoringTask : AsyncFrostingTask<BuildContext>
{
    private static readonly string[] ServiceMetrics = ["http_requests_received_total", "http_request_duration_seconds_bucket", "process_cpu_seconds_total"];
    private static readonly string[] RouterMetrics = ["qte_router_requests_total", "qte_router_request_duration_seconds_bucket"];

    public override async Task RunAsync(BuildContext context)
    {
        var environment = context.Delivery.Environment;
        var config = DeliveryServices.Config(context, environment);
        var paths = DeliveryServices.PathsOf(context, environment);
        var state = new StateStore(paths).Load();
        var router = state.Router ?? throw new CakeException($"Monitoring: environment '{environment}' has no router running; deploy it first.");
        var live = state.Live ?? throw new CakeException($"Monitoring: environment '{environment}' has no live release; deploy it first.");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Scrape(context, http, $"{live.Address}/metrics", "service", ServiceMetrics);
        await Scrape(context, http, $"http://127.0.0.1:{router.AdminPort}/metrics", "router", RouterMetrics);

        var directory = context.Paths.Monitoring(environment);
        var configFile = directory.CombineWithFilePath(MonitoringFiles.ConfigFileName);
        var rulesFile = directory.CombineWithFilePath(MonitoringFiles.RulesFileName);
        AtomicFile.WriteAllText(configFile.FullPath, MonitoringFiles.PrometheusConfig(
            environment, router.AdminPort, state.Slots.Select(s => (s.Key, s.Value.Port)), System.IO.Path.Combine(paths.RouterState, "router.token")));
        AtomicFile.WriteAllText(rulesFile.FullPath, MonitoringFiles.AlertRules(environment, config.Availability, config.MaxErrorRate, config.P95LatencyMs));
        Promtool.Check(context, "Monitoring", ("check config", configFile), ("check rules", rulesFile));
    }

    private static async Task Scrape(BuildContext context, HttpClient http, string url, string what, string[] expected)
    {
        string text;
        try
        {
            text = await http.GetStringAsync(url);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw new CakeException($"Monitoring: the {what}'s metrics at {url} cannot be read: {ex.Message}");
        }

        var (metrics, problems) = PrometheusText.Parse(text);
        var missing = expected.Where(m => !metrics.Contains(m)).ToList();
        if (problems.Count > 0 || missing.Count > 0)
        {
            throw new CakeException(
                $"Monitoring: the {what}'s metrics at {url} are not usable: " +
                string.Join("; ", problems.Take(3).Concat(missing.Select(m => $"no {m}"))));
        }

        context.Log.Information("  {0} metrics at {1}: {2} metric families, format valid", what, url, metrics.Count);
    }
}
