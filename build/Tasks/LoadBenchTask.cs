using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Configuration;
using Qte.Delivery.Environments;
using Qte.Delivery.LoadTesting;

namespace Qte.Build.Tasks;

[TaskName("LoadBench")]
[TaskDescription("Benchmarks stage 4-v4's load engine against wrk on production's router (deploy it first, e.g. --target=Stage4v4 --keep-environments): the same path, connections and duration under the closed model, five runs each in turns after a warm-up run (median throughput, p50, p99), then the engine's open model at 80 % of that rate; reports the engine's own CPU. Writes artifacts/bench/load-engine.md.")]
public sealed class LoadBenchTask : AsyncFrostingTask<BuildContext>
{
    private const int Connections = 16;
    private const int Rounds = 5;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public override async Task RunAsync(BuildContext context)
    {
        var wrk = context.Tools.Resolve("wrk")
            ?? throw new CakeException("LoadBench: wrk is not installed here (apt-get install wrk); the benchmark compares the engine with it.");
        var state = new StateStore(DeliveryServices.PathsOf(context, PipelineEnvironments.Production)).Load();
        var router = state.Router ?? throw new CakeException($"LoadBench: {PipelineEnvironments.Production} runs no router; run --target=Stage4v4 --keep-environments first.");
        var path = DeliveryServices.Config(context, PipelineEnvironments.Production).ToMonitoringSettings().LoadTest.Path;
        var url = $"http://127.0.0.1:{router.PublicPort.ToString(CultureInfo.InvariantCulture)}";
        var closed = new LoadTestSettings { Model = LoadModel.Closed, Connections = Connections, Duration = Duration, WarmUp = TimeSpan.FromSeconds(2), Path = path };

        // The router and the service ramp up (JIT tiers, thread pools) over their first seconds of load: a wrk run not
        // counted first. Then rounds in turns, medians reported: the machine's other work shifts both tools alike.
        Wrk.Run(context, wrk, url + path, Connections, Duration);
        var engineRuns = new List<LoadResult>();
        var wrkRuns = new List<WrkResult>();
        for (var round = 0; round < Rounds; round++)
        {
            engineRuns.Add(await LoadEngine.RunAsync(url, closed));
            wrkRuns.Add(Wrk.Run(context, wrk, url + path, Connections, Duration));
        }

        var openRate = Math.Round(0.8 * LoadBenchReport.Median(wrkRuns).RequestsPerSecond);
        var open = await LoadEngine.RunAsync(url, closed with { Model = LoadModel.Open, RatePerSecond = openRate, WarmUp = TimeSpan.FromSeconds(1) });
        var text = LoadBenchReport.Markdown(path, state.Live?.Version, Connections, Duration, engineRuns, wrkRuns, open, openRate);
        var file = context.Paths.Artifacts.Combine("bench").CombineWithFilePath("load-engine.md").FullPath;
        Qte.Primitives.IO.AtomicFile.WriteAllText(file, text);
        context.Log.Information("{0}", text);
    }
}
