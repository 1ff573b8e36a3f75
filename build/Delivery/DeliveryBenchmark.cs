using System.Globalization;
using System.Text;
using Cake.Core;
using Qte.Delivery.Configuration;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;
using Qte.Delivery.LoadTesting;

namespace Qte.Build.Delivery;

/// <summary>
/// The DeliveryBench target's measurements, written as Markdown: blue-green switches under load in staging, timed by
/// the deployer's switch events, and canaries of bad releases in production.
/// </summary>
public static class DeliveryBenchmark
{
    public const int CanaryRuns = 3;

    private const int Switches = 10;
    private const double Rate = 250;

    /// <summary>The bad releases' faults: one that fails 20 % of requests, one 300 ms slower.</summary>
    public static readonly string[] Faults = ["QTE_FAULT_RATE=0.2", "QTE_EXTRA_LATENCY_MS=300"];

    /// <summary>Blue-green switches in staging under steady load: failed requests and the seconds until every new request reaches the new slot.</summary>
    public static async Task BlueGreenAsync(BuildContext context, Qte.Delivery.Releases.Release release, StringBuilder text)
    {
        var config = EnvironmentConfigFiles.Write(context, PipelineEnvironments.Staging);
        context.Delivered.DeployedEnvironments.Add(config.Environment);
        var settings = config.ToDeploymentSettings();
        LoadRun? traffic = null;
        var (switching, switchedAt) = (new List<double>(), 0.0);
        var deployer = DeliveryServices.Deployer(
            context,
            config,
            onSwitchStarting: _ =>
            {
                // Only the switches under the benchmark's traffic count; the first deploy may come before it.
                if (traffic is not null)
                {
                    switching.Add(traffic.Elapsed.TotalSeconds);
                }
            },
            onSwitched: _ => switchedAt = traffic?.Elapsed.TotalSeconds ?? 0);
        if (new StateStore(DeliveryServices.PathsOf(context, config.Environment)).Load().Live is null)
        {
            DeploymentReport.Write(context, await deployer.DeployAsync(release, "bench: first deploy"));
        }

        var load = new TrafficSettings { Enabled = true, RatePerSecond = Rate, Users = 10_000 };
        traffic = LoadEngine.Start($"http://127.0.0.1:{settings.PublicPort}", load.ToLoadTest(), load.Mix(), keepRecords: true);
        await using var memory = new NodeMemoryPeaks(new StateStore(DeliveryServices.PathsOf(context, config.Environment)));
        var timings = new List<(string From, string To, double SwitchedAt)>();
        var startToReady = new List<double>();
        switching.Clear();
        for (var i = 0; i < Switches; i++)
        {
            var result = await deployer.DeployAsync(release, $"bench: switch {i + 1}");
            DeploymentReport.Write(context, result);
            timings.Add((result.Slot == "blue" ? "green" : "blue", result.Slot, switchedAt));
            startToReady.AddRange(result.Checks.Where(c => c.Name == "readiness").Select(c => c.Seconds));
        }

        var sent = await traffic.StopAsync();
        var peaks = await memory.StopAsync();
        var records = sent.Records;
        await traffic.DisposeAsync();
        // Timed from the switch call (the PUT of the new table) starting, so that requests sent while it ran count.
        var untilAllNew = timings.Select((t, i) => SwitchTiming.SecondsUntilAllNew(
            records, switching[i], i + 1 < switching.Count ? switching[i + 1] : double.MaxValue, t.From, t.To)).ToList();
        var calls = timings.Select((t, i) => t.SwitchedAt - switching[i]).ToList();
        text.Append(CultureInfo.InvariantCulture, $"## Blue-green: {Switches} switches in {config.Environment} under {Rate:0} requests/s\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- requests: {sent.Requests} sent over {sent.Elapsed.TotalSeconds:0.0} s ({sent.Throughput:0} per second), {sent.Failed} failed; by slot: {string.Join(", ", sent.BySlot.Select(s => $"{s.Key} {s.Value}"))}; latency p50 {sent.Latency.PercentileMs(50):0.0} ms, p99 {sent.Latency.PercentileMs(99):0.0} ms, max {sent.Latency.MaxMs:0.0} ms\n");
        text.Append(CultureInfo.InvariantCulture, $"- seconds from the switch call until every request sent after it reached the new slot, per switch: {string.Join(", ", untilAllNew.Select(s => s.ToString("0.000", CultureInfo.InvariantCulture)))} (max {untilAllNew.Max():0.000})\n");
        text.Append(CultureInfo.InvariantCulture, $"- the switch call itself (PUT /admin/routes until it returned): median {calls.Order().ElementAt(calls.Count / 2) * 1000:0} ms, max {calls.Max() * 1000:0} ms\n");
        text.Append(CultureInfo.InvariantCulture, $"- start-to-ready of the new slot (start called until /health/ready answered 200): median {startToReady.Order().ElementAt(startToReady.Count / 2):0.00} s, min {startToReady.Min():0.00} s, max {startToReady.Max():0.00} s\n");
        text.Append(CultureInfo.InvariantCulture, $"- peak resident memory of the slots' processes, per node: {string.Join(", ", peaks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value / 1_000_000.0:0} MB"))}\n\n");
    }

    /// <summary>A canary in production of a release with <paramref name="fault"/>: the share that reached it and the time to the rollback.</summary>
    public static async Task BadCanaryAsync(BuildContext context, Qte.Delivery.Releases.Release release, string fault, int run, StringBuilder text)
    {
        var good = DeliveryServices.Config(context, PipelineEnvironments.Production);
        context.Delivered.DeployedEnvironments.Add(good.Environment);
        if (new StateStore(DeliveryServices.PathsOf(context, good.Environment)).Load().Live is null)
        {
            DeploymentReport.Write(context, await DeliveryServices.Deployer(context, good).DeployAsync(release, "bench: stable"));
        }

        var bad = DeliveryServices.Config(context, PipelineEnvironments.Production, [$"release.env.{fault}", "traffic.enabled=true"]);
        var result = await DeliveryServices.Deployer(context, bad).DeployAsync(release, $"bench: canary with {fault}");
        var canary = result.Canary;
        text.Append(CultureInfo.InvariantCulture, $"## Canary of a bad release ({fault}) in {bad.Environment}, run {run} of {CanaryRuns}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- outcome: {result.Outcome}{(result.FailedCheck is null ? string.Empty : $" ({result.FailedCheck})")}\n{(canary is null ? "\n" : string.Empty)}");
        if (canary is not null)
        {
            var traffic = canary.Traffic;
            text.Append(CultureInfo.InvariantCulture, $"- aborted in step {canary.Steps.Count} of {bad.ToDeploymentSettings().Canary.Steps.Count} (weight {canary.Steps[^1].Weight} %)\n");
            text.Append(CultureInfo.InvariantCulture, $"- share of all requests that reached the bad release: {canary.CanaryShare:P2} ({canary.CanaryRequests} of {canary.TotalRequests})\n");
            text.Append(CultureInfo.InvariantCulture, $"- seconds from its first request to the rollback: {canary.FirstCanaryRequestToRollbackSeconds:0.000}\n");
            text.Append(CultureInfo.InvariantCulture, $"- generated requests: {traffic?.Sent} sent, {traffic?.Failed} failed (the stable release's answers all succeed: {(canary.Steps.All(s => s.Stable.Errors == 0) ? "yes" : "no")})\n\n");
        }

        // Failed: its pre-promotion check on the slot itself caught it, and no user ever reached it.
        if (result.Outcome == DeploymentOutcome.Succeeded)
        {
            throw new CakeException($"DeliveryBench: the canary with {fault} was promoted.");
        }
    }
}
