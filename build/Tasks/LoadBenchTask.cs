using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Environments;
using Qte.Delivery.LoadTesting;

namespace Qte.Build.Tasks;

[TaskName("LoadBench")]
[TaskDescription("Benchmarks stage 4-v4's load engine against wrk on production's router (deploy it first, e.g. --target=Stage4v4 --keep-environments): the same path, connections and duration under the closed model, five runs each in turns after a warm-up run (median throughput, p50, p99), then the engine's open model at 80 % of that rate; reports the engine's own CPU. Writes artifacts/bench/load-engine.md.")]
public sealed partial class LoadBenchTask : AsyncFrostingTask<BuildContext>
{
    private const int Connections = 16;
    private const int Rounds = 5;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public override async Task RunAsync(BuildContext context)
    {
        var wrk = context.Tools.Resolve("wrk")
            ?? throw new CakeException("LoadBench: wrk is not installed here (apt-get install wrk); the benchmark compares the engine with it.");
        var state = new StateStore(DeliveryServices.PathsOf(context, Stage4v4Task.Environment)).Load();
        var router = state.Router ?? throw new CakeException($"LoadBench: {Stage4v4Task.Environment} runs no router; run --target=Stage4v4 --keep-environments first.");
        var path = DeliveryServices.Config(context, Stage4v4Task.Environment).ToMonitoringSettings().LoadTest.Path;
        var baseUrl = $"http://127.0.0.1:{router.PublicPort.ToString(CultureInfo.InvariantCulture)}";
        var closed = new LoadTestSettings { Model = LoadModel.Closed, Connections = Connections, Duration = Duration, WarmUp = TimeSpan.FromSeconds(2), Path = path };

        // The router and the service ramp up (JIT tiers, thread pools) over their first seconds of load: a wrk run not
        // counted first. Then rounds in turns, medians reported: the machine's other work shifts both tools alike.
        RunWrk(context, wrk, baseUrl + path);
        var engineRuns = new List<LoadResult>();
        var wrkRuns = new List<(double Rate, double P50, double P99)>();
        for (var round = 0; round < Rounds; round++)
        {
            engineRuns.Add(await LoadEngine.RunAsync(baseUrl, closed));
            wrkRuns.Add(RunWrk(context, wrk, baseUrl + path));
        }

        var engine = engineRuns.OrderBy(r => r.Throughput).ElementAt(Rounds / 2);
        var (wrkRate, wrkP50, wrkP99) = wrkRuns.OrderBy(r => r.Rate).ElementAt(Rounds / 2);
        var openRate = Math.Round(0.8 * wrkRate);
        var open = await LoadEngine.RunAsync(baseUrl, closed with { Model = LoadModel.Open, RatePerSecond = openRate, WarmUp = TimeSpan.FromSeconds(1) });

        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Load engine benchmark");
        text.AppendLine();
        text.AppendLine(c, $"{Environment.ProcessorCount} cores; GET {path} on production's router ({state.Live?.Version}); {Connections} connections, {Duration.TotalSeconds} s a run; the median of {Rounds} runs of each tool, taken in turns; the engine, the router, the service and wrk share the machine.");
        text.AppendLine();
        text.AppendLine(c, $"Every run's requests/s: engine {string.Join(", ", engineRuns.Select(r => r.Throughput.ToString("0", c)))}; wrk {string.Join(", ", wrkRuns.Select(r => r.Rate.ToString("0", c)))}.");
        text.AppendLine();
        text.AppendLine("| tool | model | requests/s | p50 ms | p99 ms | failed | its own CPU (% of a core) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        text.AppendLine(c, $"| QTE load engine | closed, {Connections} connections | {engine.Throughput:0} | {engine.Latency.PercentileMs(50):0.###} | {engine.Latency.PercentileMs(99):0.###} | {engine.Failed} | {engine.EngineCpuPercentOfCore:0.#} |");
        text.AppendLine(c, $"| wrk 4.x (-t2 -c{Connections}) | closed, {Connections} connections | {wrkRate:0} | {wrkP50:0.###} | {wrkP99:0.###} | | |");
        text.AppendLine(c, $"| QTE load engine | open, {openRate:0}/s | {open.Throughput:0} | {open.Latency.PercentileMs(50):0.###} | {open.Latency.PercentileMs(99):0.###} | {open.Failed} | {open.EngineCpuPercentOfCore:0.#} |");
        text.AppendLine();
        var difference = (engine.Throughput - wrkRate) / wrkRate;
        text.AppendLine(c, $"Closed-model throughput, engine vs wrk: {difference * 100:+0.#;-0.#} % ({(Math.Abs(difference) <= 0.10 ? "within" : "OUTSIDE")} the 10 % target).");
        var file = context.Paths.Artifacts.Combine("bench").CombineWithFilePath("load-engine.md").FullPath;
        Qte.Pipeline.IO.AtomicFile.WriteAllText(file, text.ToString());
        context.Log.Information("{0}", text.ToString());
    }

    private static (double Rate, double P50, double P99) RunWrk(BuildContext context, FilePath wrk, string url)
    {
        var exitCode = context.StartProcess(wrk, new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder()
                .Append("-t2").Append(string.Create(CultureInfo.InvariantCulture, $"-c{Connections}"))
                .Append(string.Create(CultureInfo.InvariantCulture, $"-d{Duration.TotalSeconds}s")).Append("--latency").AppendQuoted(url),
            RedirectStandardOutput = true,
        }, out var lines);
        var output = string.Join('\n', lines);
        var rate = RequestsPerSecond().Match(output);
        var p50 = Percentile(output, "50%");
        var p99 = Percentile(output, "99%");
        if (exitCode != 0 || !rate.Success || p50 is null || p99 is null)
        {
            throw new CakeException($"LoadBench: wrk exited with {exitCode} or printed no figures: {output}");
        }

        return (double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), p50.Value, p99.Value);
    }

    // wrk prints "    50%  612.00us" with us, ms or s.
    private static double? Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return null;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RequestsPerSecond();
}
