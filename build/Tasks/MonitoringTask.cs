using Cake.Core;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Environments;
using Qte.Delivery.Monitoring;
using Qte.Primitives.IO;

namespace Qte.Build.Tasks;

[TaskName("Monitoring")]
[TaskDescription("Scrapes the deployed service's and the router's /metrics and checks they parse, then writes artifacts/monitoring/<env>/prometheus.yml and alert-rules.yml (checked with promtool when it is installed).")]
[IsDependentOn(typeof(Stage3v2Task))]
public sealed class MonitoringTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var environment = context.Delivery.Environment;
        var config = DeliveryServices.Config(context, environment);
        var paths = DeliveryServices.PathsOf(context, environment);
        var state = new StateStore(paths).Load();
        var router = state.Router ?? throw new CakeException($"Monitoring: environment '{environment}' has no router running; deploy it first.");
        var live = state.Live ?? throw new CakeException($"Monitoring: environment '{environment}' has no live release; deploy it first.");

        await MetricsScrape.CheckAsync(context, live.Address, router.AdminPort);

        var directory = context.Paths.Monitoring(environment);
        var configFile = directory.CombineWithFilePath(MonitoringFiles.ConfigFileName);
        var rulesFile = directory.CombineWithFilePath(MonitoringFiles.RulesFileName);
        AtomicFile.WriteAllText(configFile.FullPath, MonitoringFiles.PrometheusConfig(
            environment, router.AdminPort, state.Slots.Select(s => (s.Key, (IReadOnlyList<string>)[.. s.Value.Addresses.Select(a => new Uri(a).Authority)])), System.IO.Path.Combine(paths.RouterState, "router.token")));
        AtomicFile.WriteAllText(rulesFile.FullPath, MonitoringFiles.AlertRules(environment, config.Availability, config.MaxErrorRate, config.P95LatencyMs));
        Promtool.Check(context, "Monitoring", ("check config", configFile), ("check rules", rulesFile));
    }
}
