using System.Globalization;
using System.Text;
using Qte.Delivery.LoadTesting;

namespace Qte.Build.Delivery;

/// <summary>artifacts/bench/load-engine.md: the engine against wrk, every run's rate and the medians, with the method.</summary>
public static class LoadBenchReport
{
    /// <summary>wrk's median run by requests per second: its rate and its percentiles, as the report shows them.</summary>
    public static WrkResult Median(IReadOnlyList<WrkResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.OrderBy(r => r.RequestsPerSecond).ElementAt(runs.Count / 2);
    }

    /// <param name="engineRuns">The engine's closed-model runs, in the order taken.</param>
    /// <param name="wrkRuns">wrk's runs, taken in turns with the engine's.</param>
    /// <param name="open">The engine's open-model run at <paramref name="openRate"/> requests/s.</param>
    public static string Markdown(
        string path, string? version, int connections, TimeSpan duration, IReadOnlyList<LoadResult> engineRuns, IReadOnlyList<WrkResult> wrkRuns, LoadResult open, double openRate)
    {
        ArgumentNullException.ThrowIfNull(engineRuns);
        ArgumentNullException.ThrowIfNull(wrkRuns);
        ArgumentNullException.ThrowIfNull(open);
        var engine = engineRuns.OrderBy(r => r.Throughput).ElementAt(engineRuns.Count / 2);
        var wrk = Median(wrkRuns);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Load engine benchmark");
        text.AppendLine();
        text.AppendLine(c, $"{Environment.ProcessorCount} cores; GET {path} on production's router ({version}); {connections} connections, {duration.TotalSeconds} s a run; the median of {engineRuns.Count} runs of each tool, taken in turns; the engine, the router, the service and wrk share the machine.");
        text.AppendLine();
        text.AppendLine(c, $"Every run's requests/s: engine {string.Join(", ", engineRuns.Select(r => r.Throughput.ToString("0", c)))}; wrk {string.Join(", ", wrkRuns.Select(r => r.RequestsPerSecond.ToString("0", c)))}.");
        text.AppendLine();
        text.AppendLine("| tool | model | requests/s | p50 ms | p99 ms | failed | its own CPU (% of a core) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        text.AppendLine(c, $"| QTE load engine | closed, {connections} connections | {engine.Throughput:0} | {engine.Latency.PercentileMs(50):0.###} | {engine.Latency.PercentileMs(99):0.###} | {engine.Failed} | {engine.EngineCpuPercentOfCore:0.#} |");
        text.AppendLine(c, $"| wrk 4.x (-t2 -c{connections}) | closed, {connections} connections | {wrk.RequestsPerSecond:0} | {wrk.P50Ms:0.###} | {wrk.P99Ms:0.###} | | |");
        text.AppendLine(c, $"| QTE load engine | open, {openRate:0}/s | {open.Throughput:0} | {open.Latency.PercentileMs(50):0.###} | {open.Latency.PercentileMs(99):0.###} | {open.Failed} | {open.EngineCpuPercentOfCore:0.#} |");
        text.AppendLine();
        var difference = (engine.Throughput - wrk.RequestsPerSecond) / wrk.RequestsPerSecond;
        text.AppendLine(c, $"Closed-model throughput, engine vs wrk: {difference * 100:+0.#;-0.#} % ({(Math.Abs(difference) <= 0.10 ? "within" : "OUTSIDE")} the 10 % target).");
        return text.ToString();
    }
}
