using System.Globalization;
using System.Text;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("DeliveryBench")]
[TaskDescription("Benchmarks stage 4 on this machine: 10 blue-green switches in staging under steady load (failed requests, seconds until every new request reaches the new slot), then canaries in production of a release that fails 20 % of requests and of one 300 ms slower (share of requests that reached it, seconds from its first request to the rollback). Writes artifacts/bench/delivery.md.")]
[IsDependentOn(typeof(PackageTask))]
public sealed class DeliveryBenchTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var release = context.Delivered.Release ?? PackagedReleases.Last(context)
            ?? throw new CakeException("DeliveryBench: no release was packaged; run it with its dependencies, or Package first.");
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Delivery benchmark\n\nRelease {release.Id}, {Environment.ProcessorCount} cores, profile {context.Delivery.Profile ?? "none"}, slots as {DeliveryServices.DeployedAs(context)} (--deploy-target={context.Docker.DeployTarget}).\n\n");

        await DeliveryBenchmark.BlueGreenAsync(context, release, text);
        foreach (var fault in DeliveryBenchmark.Faults)
        {
            for (var run = 1; run <= DeliveryBenchmark.CanaryRuns; run++)
            {
                await DeliveryBenchmark.BadCanaryAsync(context, release, fault, run, text);
            }
        }

        var path = context.Paths.Artifacts.Combine("bench").CombineWithFilePath("delivery.md").FullPath;
        Qte.Primitives.IO.AtomicFile.WriteAllText(path, text.ToString());
        context.Log.Information("{0}", text.ToString());
    }
}
