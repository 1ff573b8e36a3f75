using Newtonsoft.Json.Linq;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The load test: whether every threshold held, the figures measured, and the latency chart.</summary>
internal static class LoadTestSection
{
    private static readonly string[] Percentiles = ["p50", "p90", "p95", "p99", "max"];

    /// <param name="chartSvg">Stage 4-v4's own chart (percentiles over time, histogram), when the run has it.</param>
    public static string Html(JObject load, string? chartSvg)
    {
        var thresholds = (load["thresholds"] as JArray ?? []).OfType<JObject>().ToList();
        var missed = thresholds.Where(t => t.Value<string>("verdict") != "pass").ToList();
        var failing = missed.Where(t => t.Value<string>("mode") == "fail").ToList();
        var missedText = string.Join("; ", missed.Select(t => $"{t.Value<string>("metric")} {t.Value<string>("threshold")}"));
        var verdict = thresholds.Count == 0 ? Verdict.Warn("No threshold was set, so nothing was held to one.")
            : failing.Count > 0 ? Verdict.Bad($"{missed.Count} of {Plural(thresholds.Count, "threshold", "thresholds")} missed: {missedText}.")
            : missed.Count > 0 ? Verdict.Warn($"{missed.Count} of {Plural(thresholds.Count, "threshold", "thresholds")} missed in warn mode: {missedText}.")
            : Verdict.Good($"Every threshold held ({thresholds.Count} of {thresholds.Count}).");
        var requests = load.Value<long?>("requests") ?? 0;
        var failed = load.Value<long?>("failed") ?? 0;
        var latency = load["latencyMs"] as JObject ?? [];
        var figures = new List<(string, string)>
        {
            ("Environment", E(load.Value<string>("environment") ?? "not known")),
            ("Requests", E($"{Count(requests)}, of which {Count(failed)} failed ({Percent(requests == 0 ? 0 : (double)failed / requests, 2)})")),
            ("Throughput", E(load.Value<double?>("throughputPerSecond") is { } rate ? $"{Number(rate, "#,0.0")} requests/s" : "not measured")),
            ("Latency", E(string.Join(", ", Percentiles.Select(p => latency.Value<double?>(p) is { } ms ? $"{p} {Ms(ms)}" : null).OfType<string>()) is { Length: > 0 } l ? l : "not measured")),
            ("CPU, average", E(load.Value<double?>("cpuAvgPercent") is { } cpu ? PercentOf(cpu) + " of the cores" : "not measured")),
            ("Memory, highest", E(load.Value<double?>("memoryMaxPercent") is { } memory ? PercentOf(memory, 2) + " of the limit" : "not measured")),
        };
        var table = HtmlParts.Table(
            ["Metric", "Threshold", "Measured", "Verdict", "On a miss"],
            thresholds.Select(t => (IReadOnlyList<Cell>)
            [
                Cell.Text(t.Value<string>("metric")), Cell.Text(t.Value<string>("threshold")),
                Cell.Figure(t.Value<double?>("measured") is { } m ? Number(m, "#,0.###") : "not measured"),
                new Cell(t.Value<string>("verdict") == "pass" ? "<span class=\"good\">held</span>" : "<span class=\"bad\">missed</span>"),
                Cell.Text(t.Value<string>("mode") == "fail" ? "fails the stage" : "warns"),
            ]));
        var chart = chartSvg is null ? "<p>The load test's chart was not available to this report.</p>\n" : "<h3>Latency over the test, and its histogram</h3>\n" + chartSvg;
        return HtmlParts.Section("loadTest", "Load test", verdict, HtmlParts.Figures(figures) + table + chart);
    }
}
