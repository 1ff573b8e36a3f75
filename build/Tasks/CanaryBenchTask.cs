using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("CanaryBench")]
[TaskDescription("Benchmarks stage 4-v2's canary decision in production (run with --profile=ci): A/A canaries of the packaged release against itself, live and replayed from long recorded steps, half with one core kept busy, counted for false aborts (at least 200 judged steps); then canaries with QTE_FAULT_RATE=0.2, QTE_EXTRA_LATENCY_MS=300 and 50 counted for detection. Writes artifacts/bench/canary.md. Runs about 10 minutes: its own time budget is 1800 s unless --time-budget is given.")]
[IsDependentOn(typeof(PackageTask))]
public sealed class CanaryBenchTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var release = context.Delivered.Release ?? PackagedReleases.Last(context)
            ?? throw new CakeException("CanaryBench: no release was packaged; run it with its dependencies, or Package first.");
        var text = await new CanaryBenchmark(context, release, message => context.Log.Information("{0}", message)).RunAsync();
        var path = context.Paths.Artifacts.Combine("bench").CombineWithFilePath("canary.md").FullPath;
        Qte.Primitives.IO.AtomicFile.WriteAllText(path, text);
        context.Log.Information("{0}", text);
    }
}
